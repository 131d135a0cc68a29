import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplyWizard } from '../features/application/components/ApplyWizard';
import { OwnApplications } from '../features/application/components/OwnApplications';
import { WorkQueueList } from '../features/assessment/components/WorkQueueList';
import { useAuth } from '../features/auth/AuthProvider';
import { RequireRole } from '../features/auth/components/RequireRole';
import { usePageTitle } from '../lib/usePageTitle';

export function Component() {
  return (
    <RequireRole area="admission">
      <Admission />
    </RequireRole>
  );
}

/** A provider applies here; the region assesses applications. */
function Admission() {
  const role = useAuth().session!.claims.role;
  return role === 'provider' ? <ProviderAdmission /> : <RegionAssessment />;
}

function ProviderAdmission() {
  const { t } = useTranslation();
  const [applying, setApplying] = useState(false);
  usePageTitle(t('application.title'));
  return (
    <>
      <Heading1>{t('application.title')}</Heading1>
      <Paragraph appearance="lead">{t('application.intro')}</Paragraph>
      {applying ? (
        <ApplyWizard onDone={() => setApplying(false)} />
      ) : (
        <>
          <Button appearance="primary-action-button" onClick={() => setApplying(true)}>
            {t('application.start')}
          </Button>
          <OwnApplications />
        </>
      )}
    </>
  );
}

function RegionAssessment() {
  const { t } = useTranslation();
  usePageTitle(t('areas.admission.title'));
  return (
    <>
      <Heading1>{t('areas.admission.title')}</Heading1>
      <Paragraph appearance="lead">{t('assessment.intro')}</Paragraph>
      <WorkQueueList />
    </>
  );
}
