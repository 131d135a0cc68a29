import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../features/auth/AuthProvider';
import { RequireRole } from '../features/auth/components/RequireRole';
import { AdmissionRulesSection } from '../features/region/components/AdmissionRulesSection';
import { CatalogueSection } from '../features/region/components/CatalogueSection';
import { SignalsSection } from '../features/region/components/SignalsSection';
import { usePageTitle } from '../lib/usePageTitle';

export function Component() {
  return (
    <RequireRole area="region">
      <Region />
    </RequireRole>
  );
}

/** The region's own pages: catalogue and tariffs, contracts, admission rules, enforcement, signals. */
function Region() {
  const { t } = useTranslation();
  const region = useAuth().session!.claims.regionCode;
  usePageTitle(t('areas.region.title'));
  return (
    <>
      <Heading1>{t('areas.region.title')}</Heading1>
      <Paragraph appearance="lead">{t('areas.region.description')}</Paragraph>
      {region ? (
        <>
          <CatalogueSection region={region} />
          <AdmissionRulesSection region={region} />
          <SignalsSection />
        </>
      ) : (
        <Paragraph>{t('region.noRegion')}</Paragraph>
      )}
    </>
  );
}
