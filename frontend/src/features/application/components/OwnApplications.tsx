import { Button, Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState';
import { useOwnApplications } from '../api';
import { EvidenceStep } from './EvidenceStep';

const OPEN = ['submitted', 'screening', 'dialogue'];

/** The provider's applications with their status; evidence can be added while one is open. */
export function OwnApplications() {
  const { t } = useTranslation();
  const applications = useOwnApplications();
  const [open, setOpen] = useState<string>();
  return (
    <section aria-labelledby="own-applications-heading">
      <Heading2 id="own-applications-heading">{t('application.own.title')}</Heading2>
      <QueryState query={applications} loading={t('application.own.loading')} empty={t('application.own.empty')} isEmpty={(page) => page.items.length === 0}>
        {(page) => (
          <div className="zr-stack">
            {page.items.map((application) => (
              <article key={application.id} className="zr-card" aria-labelledby={`application-${application.id}`}>
                <Heading3 id={`application-${application.id}`}>{application.regionCode}</Heading3>
                <StatusBadge status={application.status === 'admitted' ? 'safe' : application.status === 'rejected' ? 'danger' : 'warning'}>
                  {t(`assessment.status.${application.status}`)}
                </StatusBadge>
                <Paragraph>
                  {t('application.own.item', {
                    date: t('common.date', { date: new Date(application.submittedAt) }),
                    products: application.productCodes.join(', '),
                  })}
                </Paragraph>
                {OPEN.includes(application.status) && (
                  <Button
                    appearance="secondary-action-button"
                    aria-expanded={open === application.id}
                    onClick={() => setOpen(open === application.id ? undefined : application.id)}
                  >
                    {open === application.id ? t('application.own.hideEvidence') : t('application.own.addEvidence')}
                  </Button>
                )}
                {open === application.id && <EvidenceStep applicationId={application.id} />}
              </article>
            ))}
          </div>
        )}
      </QueryState>
    </section>
  );
}
