import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseFilters, toSearchParams, type SearchFilters } from './filters';

/** The search filters, read from and written to the URL so a search can be shared and bookmarked. */
export function useSearchFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = useCallback(
    (change: Partial<SearchFilters>) => setParams(toSearchParams({ ...filters, ...change })),
    [filters, setParams],
  );
  return [filters, update] as const;
}
