import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AllocationList } from '../features/allocations/components/AllocationList';
import { ProviderActions } from '../features/allocations/components/ProviderActions';
import { useAuth } from '../features/auth/AuthProvider';
import { RequireRole } from '../features/auth/components/RequireRole';
import { OwnEntries } from '../features/reporting/components/OwnEntries';
import { usePageTitle } from '../lib/usePageTitle';

export function Component() {
  return (
    <RequireRole area="providerPortal">
      <ProviderPortal />
    </RequireRole>
  );
}

function ProviderPortal() {
  const { t } = useTranslation();
  const providerId = useAuth().session?.claims.providerId;
  usePageTitle(t('areas.providerPortal.title'));
  return (
    <>
      <Heading1>{t('areas.providerPortal.title')}</Heading1>
      <Paragraph appearance="lead">{t('areas.providerPortal.description')}</Paragraph>
      {providerId ? (
        <>
          <OwnEntries providerId={providerId} />
          <AllocationList
            scope={{ provider: providerId }}
            title={t('allocations.providerTitle')}
            empty={t('allocations.providerEmpty')}
            actions={(allocation) => <ProviderActions allocation={allocation} />}
          />
        </>
      ) : (
        <Paragraph>{t('providerPortal.noProvider')}</Paragraph>
      )}
    </>
  );
}
