import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Entry, EntryUpdate } from '../../client/availability';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';

const entriesKey = (providerId: string) => ['availability', 'entries', providerId] as const;

/** The signed-in provider's own entries (one per product and location). */
export function useOwnEntries(providerId: string) {
  const { reporting } = useApi();
  return useQuery({
    queryKey: entriesKey(providerId),
    queryFn: ({ signal }) =>
      unwrap(reporting.GET('/providers/{providerId}/entries', { params: { path: { providerId } }, signal })),
    staleTime: 0,
  });
}

function useReplaceInList(providerId: string) {
  const queryClient = useQueryClient();
  return (changed: Entry[]) => {
    queryClient.setQueryData<Entry[]>(entriesKey(providerId), (entries) =>
      entries?.map((entry) => changed.find((c) => c.entryId === entry.entryId) ?? entry),
    );
    // The public search shows these entries too.
    void queryClient.invalidateQueries({ queryKey: ['availability', 'search'] });
  };
}

export function useSaveEntry(providerId: string, entryId: string) {
  const { reporting } = useApi();
  const replace = useReplaceInList(providerId);
  return useMutation({
    mutationFn: (body: EntryUpdate) =>
      unwrap(reporting.PUT('/providers/{providerId}/entries/{entryId}', { params: { path: { providerId, entryId } }, body })),
    onSuccess: (entry) => replace([entry]),
  });
}

export function useConfirmEntry(providerId: string, entryId: string) {
  const { reporting } = useApi();
  const replace = useReplaceInList(providerId);
  return useMutation({
    mutationFn: () =>
      unwrap(reporting.POST('/providers/{providerId}/entries/{entryId}/confirm', { params: { path: { providerId, entryId } } })),
    onSuccess: (entry) => replace([entry]),
  });
}

export function useConfirmAll(providerId: string) {
  const { reporting } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(reporting.POST('/providers/{providerId}/confirm', { params: { path: { providerId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['availability'] }),
  });
}
