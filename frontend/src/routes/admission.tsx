import { useTranslation } from 'react-i18next';
import { PlannedPage } from '../components/ui/PlannedPage';
import { RequireRole } from '../features/auth/components/RequireRole';

export function Component() {
  const { t } = useTranslation();
  return (
    <RequireRole area="admission">
      <PlannedPage title={t('areas.admission.title')} description={t('areas.admission.description')} />
    </RequireRole>
  );
}
