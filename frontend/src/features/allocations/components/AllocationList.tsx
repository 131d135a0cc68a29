import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../../client/contracting';
import { LoadingState } from '../../../components/ui/LoadingState';
import { ProblemAlert } from '../../../components/ui/ProblemAlert';
import { useAllocations, type AllocationScope } from '../api';
import { AllocationCard } from './AllocationCard';

type AllocationListProps = {
  scope: AllocationScope;
  title: string;
  empty: string;
  /** The actions the reader may take on one allocation. */
  actions: (allocation: Allocation) => ReactNode;
};

/** The allocations of a provider or a municipality, newest first, each with its actions. */
export function AllocationList({ scope, title, empty, actions }: AllocationListProps) {
  const { t } = useTranslation();
  const allocations = useAllocations(scope);
  return (
    <section aria-labelledby="allocation-list-heading">
      <Heading2 id="allocation-list-heading">{title}</Heading2>
      {allocations.isPending && <LoadingState>{t('allocations.loading')}</LoadingState>}
      {allocations.isError && (
        <ProblemAlert error={allocations.error} headingLevel={3} onRetry={() => allocations.refetch()} />
      )}
      {allocations.isSuccess && allocations.data.length === 0 && <Paragraph>{empty}</Paragraph>}
      {allocations.isSuccess && allocations.data.length > 0 && (
        <div className="zr-stack">
          {allocations.data.map((allocation) => (
            <AllocationCard key={allocation.id} allocation={allocation}>
              {actions(allocation)}
            </AllocationCard>
          ))}
        </div>
      )}
    </section>
  );
}
