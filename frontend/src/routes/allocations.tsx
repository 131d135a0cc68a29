import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AccessTeamActions } from '../features/allocations/components/AccessTeamActions';
import { AllocationForm } from '../features/allocations/components/AllocationForm';
import { AllocationList } from '../features/allocations/components/AllocationList';
import { ProviderActions } from '../features/allocations/components/ProviderActions';
import { useAuth } from '../features/auth/AuthProvider';
import { RequireRole } from '../features/auth/components/RequireRole';
import { usePageTitle } from '../lib/usePageTitle';

export function Component() {
  return (
    <RequireRole area="allocations">
      <Allocations />
    </RequireRole>
  );
}

/** Access team: issue, amend and end; back office: read; provider: answer and report. */
function Allocations() {
  const { t } = useTranslation();
  const claims = useAuth().session!.claims;
  usePageTitle(t('areas.allocations.title'));
  const municipality = claims.municipalityCode;

  let content;
  if (claims.role === 'provider' && claims.providerId) {
    content = (
      <AllocationList
        scope={{ provider: claims.providerId }}
        title={t('allocations.providerTitle')}
        empty={t('allocations.providerEmpty')}
        actions={(allocation) => <ProviderActions allocation={allocation} />}
      />
    );
  } else if (municipality) {
    const mayIssue = claims.role === 'access_team' || claims.role === 'admin';
    content = (
      <>
        {mayIssue && <AllocationForm municipalityCode={municipality} />}
        <AllocationList
          scope={{ municipality }}
          title={t('allocations.municipalityTitle')}
          empty={t('allocations.municipalityEmpty')}
          actions={(allocation) => (mayIssue ? <AccessTeamActions allocation={allocation} /> : null)}
        />
      </>
    );
  } else {
    content = <Paragraph>{t('allocations.noScope')}</Paragraph>;
  }
  return (
    <>
      <Heading1>{t('areas.allocations.title')}</Heading1>
      <Paragraph appearance="lead">{t('areas.allocations.description')}</Paragraph>
      {content}
    </>
  );
}
