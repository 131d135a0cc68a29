import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';
import type { SearchFilters } from './filters';

const PAGE_SIZE = 20;

export function useSearch(filters: SearchFilters) {
  const { availability } = useApi();
  return useInfiniteQuery({
    queryKey: ['availability', 'search', filters],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        availability.GET('/search', {
          params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useVocabularies() {
  const { availability } = useApi();
  return useQuery({
    queryKey: ['availability', 'vocabularies'],
    queryFn: ({ signal }) => unwrap(availability.GET('/vocabularies', { signal })),
    staleTime: 60 * 60 * 1000,
  });
}

export function useProvider(providerId: string) {
  const { availability } = useApi();
  return useQuery({
    queryKey: ['availability', 'providers', providerId],
    queryFn: ({ signal }) =>
      unwrap(availability.GET('/providers/{providerId}', { params: { path: { providerId } }, signal })),
  });
}

type CodeLabel = { code: string; label: string };
const labelOf = (list: CodeLabel[] | undefined, code: string) => list?.find((item) => item.code === code)?.label ?? code;

/** Human labels for the codes in a search result; the code itself until the vocabularies have loaded. */
export function useLabels() {
  const { data } = useVocabularies();
  return {
    category: (code: string) => labelOf(data?.categories, code),
    productGroup: (code: string) => labelOf(data?.productGroups, code),
    specialism: (code: string) => labelOf(data?.specialisms, code),
  };
}
