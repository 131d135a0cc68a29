import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A polite status message while something loads. */
export function LoadingState({ children }: { children?: string }) {
  const { t } = useTranslation();
  return <Paragraph role="status">{children ?? t('app.loading')}</Paragraph>;
}
