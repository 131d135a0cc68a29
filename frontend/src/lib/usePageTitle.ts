import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title, so each page is told apart in tabs, history and screen readers. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { title });
  }, [t, title]);
}
