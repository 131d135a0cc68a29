import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadingState } from '../../../components/ui/LoadingState';
import { usePageTitle } from '../../../lib/usePageTitle';
import { mayOpen, type Area } from '../areas';
import { useAuth } from '../AuthProvider';
import type { Role } from '../claims';

/** Renders a work area only for a signed-in user whose role may open it. */
export function RequireRole({ area, children }: { area: Area; children: ReactNode }) {
  const { t } = useTranslation();
  const { ready, session } = useAuth();

  if (!ready) return <LoadingState>{t('auth.checking')}</LoadingState>;
  if (!session) return <SignInRequired area={area} />;
  if (!mayOpen(area, session.claims.role)) return <Forbidden role={session.claims.role} />;
  return children;
}

function SignInRequired({ area }: { area: Area }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const location = useLocation();
  usePageTitle(t('auth.required.title'));
  return (
    <>
      <Heading1>{t('auth.required.title')}</Heading1>
      <Paragraph>{t('auth.required.detail', { area: t(`areas.${area}.title`) })}</Paragraph>
      <Button appearance="primary-action-button" onClick={() => signIn(location.pathname + location.search)}>
        {t('auth.signIn')}
      </Button>
    </>
  );
}

function Forbidden({ role }: { role: Role }) {
  const { t } = useTranslation();
  usePageTitle(t('auth.forbidden.title'));
  return (
    <>
      <Heading1>{t('auth.forbidden.title')}</Heading1>
      <Paragraph>{t('auth.forbidden.detail', { role: t(`roles.${role}`) })}</Paragraph>
    </>
  );
}
