import { DataList, DataListItem, DataListKey, DataListValue, Link } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../client/availability';

/** A provider's phone, e-mail and website, each only when known. */
export function ProviderContact({ contact }: { contact: Schemas['Contact'] }) {
  const { t } = useTranslation();
  const rows = [
    contact.phone && { key: 'phone' as const, href: `tel:${contact.phone.replace(/\s/g, '')}`, text: contact.phone },
    contact.email && { key: 'email' as const, href: `mailto:${contact.email}`, text: contact.email },
    contact.website && { key: 'website' as const, href: contact.website, text: contact.website },
  ].filter((row) => !!row);

  if (rows.length === 0) return null;
  return (
    <DataList className="zr-contact">
      {rows.map((row) => (
        <DataListItem key={row.key}>
          <DataListKey>{t(`provider.contact.${row.key}`)}</DataListKey>
          <DataListValue>
            <Link href={row.href} external={row.key === 'website'}>
              {row.text}
            </Link>
          </DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
