import { useTranslation } from 'react-i18next';
import { PlannedPage } from '../components/ui/PlannedPage';
import { RequireRole } from '../features/auth/components/RequireRole';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequireRole area="allocations">
      <PlannedPage title={t('areas.allocations.title')} description={t('areas.allocations.description')} />
    </RequireRole>
  );
}
