import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth } from '../AuthProvider';

/** Sign-in button, or who is signed in with which role and a sign-out button. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { ready, session, signIn, signOut } = useAuth();
  const location = useLocation();
  if (!ready) return null;

  if (!session) {
    return (
      <Button appearance="secondary-action-button" onClick={() => signIn(location.pathname + location.search)}>
        {t('auth.signIn')}
      </Button>
    );
  }
  const { name, role } = session.claims;
  return (
    <div className="zr-account">
      <Paragraph appearance="small">
        {t('auth.signedInAs', { name: name ?? t('auth.unnamed'), role: t(`roles.${role}`) })}
      </Paragraph>
      <Button appearance="subtle-button" onClick={signOut}>
        {t('auth.signOut')}
      </Button>
    </div>
  );
}
