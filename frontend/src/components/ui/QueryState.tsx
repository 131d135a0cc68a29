import { Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadingState } from './LoadingState';
import { ProblemAlert } from './ProblemAlert';

type QueryStateProps<Data> = {
  query: UseQueryResult<Data>;
  loading: string;
  empty: string;
  isEmpty: (data: Data) => boolean;
  headingLevel?: number;
  children: (data: Data) => ReactNode;
};

/** The loading, error and empty states of one query, and its content once there is some. */
export function QueryState<Data>({ query, loading, empty, isEmpty, headingLevel = 3, children }: QueryStateProps<Data>) {
  if (query.isPending) return <LoadingState>{loading}</LoadingState>;
  if (query.isError) return <ProblemAlert error={query.error} headingLevel={headingLevel} onRetry={() => query.refetch()} />;
  if (isEmpty(query.data)) return <Paragraph>{empty}</Paragraph>;
  return children(query.data);
}
