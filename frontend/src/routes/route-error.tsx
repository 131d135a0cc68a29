import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

/**
 * Error boundary inside the page frame: an error while rendering a page, or a page's code that no
 * longer loads (a new release was deployed meanwhile), keeps the header and navigation usable.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const stalePage = error instanceof TypeError && /dynamically imported module|Importing a module script failed/.test(error.message);
  usePageTitle(t('routeError.title'));
  return (
    <>
      <Heading1>{t('routeError.title')}</Heading1>
      <Paragraph>{t(stalePage ? 'routeError.reload' : 'routeError.detail')}</Paragraph>
    </>
  );
}
