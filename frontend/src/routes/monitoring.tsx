import { useTranslation } from 'react-i18next';
import { PlannedPage } from '../components/ui/PlannedPage';
import { RequireRole } from '../features/auth/components/RequireRole';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequireRole area="monitoring">
      <PlannedPage title={t('areas.monitoring.title')} description={t('areas.monitoring.description')} />
    </RequireRole>
  );
}
