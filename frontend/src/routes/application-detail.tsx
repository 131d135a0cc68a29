import { useParams } from 'react-router';
import { ApplicationDetail } from '../features/assessment/components/ApplicationDetail';
import { RequireRole } from '../features/auth/components/RequireRole';

export function Component() {
  const { applicationId = '' } = useParams();
  return (
    <RequireRole area="assessment">
      <ApplicationDetail applicationId={applicationId} />
    </RequireRole>
  );
}
