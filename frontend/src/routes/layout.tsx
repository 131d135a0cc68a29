import { PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { RouterLink } from '../components/ui/RouterLink';
import { AccountMenu } from '../features/auth/components/AccountMenu';
import { MainNavigation } from '../features/auth/components/MainNavigation';

/** The page frame of every route: skip link, header with navigation, main region, footer. */
export function Component() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After moving to another page, start reading there (as a full page load would), not in the old spot.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    <div className="utrecht-page zr-page">
      <SkipLink href="#main">{t('layout.skipLink')}</SkipLink>
      <PageHeader className="zr-header">
        <div className="zr-header__bar">
          <RouterLink to="/" className="zr-brand">
            {t('app.name')}
          </RouterLink>
          <div className="zr-header__tools">
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
        <MainNavigation />
      </PageHeader>
      <main id="main" ref={main} tabIndex={-1} className="zr-main">
        <Outlet />
      </main>
      <PageFooter className="zr-footer">
        <Paragraph appearance="small">{t('layout.footer')}</Paragraph>
      </PageFooter>
      <ScrollRestoration />
    </div>
  );
}
