import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Shown instead of the app when public/config.js is missing or wrong, naming each bad field. */
export function ConfigErrorPage({ issues }: { issues: string[] }) {
  const { t } = useTranslation();
  return (
    <main className="zr-main" id="main">
      <Heading1>{t('configError.title')}</Heading1>
      <Paragraph>{t('configError.detail')}</Paragraph>
      <UnorderedList>
        {issues.map((issue) => (
          <UnorderedListItem key={issue}>
            <code>{issue}</code>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </main>
  );
}
