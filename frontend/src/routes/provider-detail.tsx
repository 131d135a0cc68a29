import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { LoadingState } from '../components/ui/LoadingState';
import { ProblemAlert } from '../components/ui/ProblemAlert';
import { RouterLink } from '../components/ui/RouterLink';
import { useProvider } from '../features/search/api';
import { ProviderContact } from '../features/search/components/ProviderContact';
import { ResultCard } from '../features/search/components/ResultCard';
import { ProblemError } from '../lib/problem';
import { usePageTitle } from '../lib/usePageTitle';

/** The search the visitor came from (kept in the link's state), so "back" keeps their filters. */
function backToSearch(state: unknown): string {
  const search = (state as { search?: unknown } | null)?.search;
  return typeof search === 'string' && search.startsWith('?') ? `/${search}` : '/';
}

/** One provider: how to reach it and everything it offers, with waits and freshness per offer. */
export function Component() {
  const { t } = useTranslation();
  const { providerId = '' } = useParams();
  const { state } = useLocation();
  const provider = useProvider(providerId);
  const notFound = provider.error instanceof ProblemError && provider.error.status === 404;
  usePageTitle(provider.data?.name ?? t(notFound ? 'provider.notFound.title' : 'provider.title'));

  return (
    <>
      <Paragraph>
        <RouterLink to={backToSearch(state)}>{t('provider.back')}</RouterLink>
      </Paragraph>
      {provider.isPending && <LoadingState>{t('provider.loading')}</LoadingState>}
      {notFound && (
        <>
          <Heading1>{t('provider.notFound.title')}</Heading1>
          <Paragraph>{t('provider.notFound.detail')}</Paragraph>
        </>
      )}
      {provider.isError && !notFound && (
        <>
          <Heading1>{t('provider.title')}</Heading1>
          <ProblemAlert error={provider.error} onRetry={() => provider.refetch()} />
        </>
      )}
      {provider.data && (
        <>
          <Heading1>{provider.data.name}</Heading1>
          <ProviderContact contact={provider.data.contact} />
          <Heading2>{t('provider.offer', { count: provider.data.entries.length })}</Heading2>
          <ol className="zr-results">
            {provider.data.entries.map((entry) => (
              <li key={entry.entryId}>
                <ResultCard result={entry} showProvider={false} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
