import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/usePageTitle';

/** Stands in for a work area whose pages are not built yet, so navigation already leads somewhere. */
export function PlannedPage({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph appearance="lead">{description}</Paragraph>
      <Paragraph>{t('planned.notYet')}</Paragraph>
    </>
  );
}
