import { useTranslation } from 'react-i18next';
import { PlannedPage } from '../components/ui/PlannedPage';
import { RequireRole } from '../features/auth/components/RequireRole';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequireRole area="providerPortal">
      <PlannedPage title={t('areas.providerPortal.title')} description={t('areas.providerPortal.description')} />
    </RequireRole>
  );
}
