import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { ErrorResponse } from 'oidc-client-ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadingState } from '../components/ui/LoadingState';
import { RouterLink } from '../components/ui/RouterLink';
import { useAuth } from '../features/auth/AuthProvider';
import { returnToFrom } from '../features/auth/returnTo';
import { usePageTitle } from '../lib/usePageTitle';

/** Where the issuer sends the browser back: finishes sign-in, then returns to where the user was. */
export function Component() {
  const { t } = useTranslation();
  const { completeSignIn, signIn } = useAuth();
  const navigate = useNavigate();
  // A query, not an effect, so the one-time code is exchanged once even when React renders twice.
  const callback = useQuery({
    queryKey: ['sign-in-callback', window.location.href],
    queryFn: completeSignIn,
    retry: false,
    staleTime: Infinity,
  });
  usePageTitle(t(callback.isError ? 'signIn.failed.title' : 'signIn.busy'));

  useEffect(() => {
    if (callback.data) void navigate(returnToFrom(callback.data.state), { replace: true });
  }, [callback.data, navigate]);

  if (!callback.isError) return <LoadingState>{t('signIn.busy')}</LoadingState>;

  const reason = callback.error instanceof ErrorResponse ? callback.error.error_description : undefined;
  return (
    <>
      <Heading1>{t('signIn.failed.title')}</Heading1>
      <Paragraph>{t('signIn.failed.detail')}</Paragraph>
      {reason && <Paragraph>{t('signIn.failed.reason', { reason })}</Paragraph>}
      <Paragraph>
        <Button appearance="primary-action-button" onClick={() => signIn('/')}>
          {t('signIn.failed.retry')}
        </Button>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('signIn.failed.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
