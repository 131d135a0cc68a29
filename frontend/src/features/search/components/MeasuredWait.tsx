import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../client/availability';

/** The measured wait (allocation to start of care), or why it is not shown. */
export function MeasuredWait({ wait }: { wait: Schemas['MeasuredWait'] }) {
  const { t } = useTranslation();
  if (wait.suppressed || wait.medianDays === null || wait.p90Days === null || wait.cases === null) {
    return t('search.result.measured.tooFew');
  }
  return t('search.result.measured.value', { median: wait.medianDays, p90: wait.p90Days, count: wait.cases });
}
