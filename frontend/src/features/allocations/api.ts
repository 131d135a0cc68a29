import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Allocation, AllocationAmend, AllocationCreate } from '../../client/contracting';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';

/** Why the list reads client names: every such read is audited by the contract service. */
export const LIST_PURPOSE = 'Overzicht toewijzingen voor uitvoering';

export type AllocationScope = { provider: string } | { municipality: string };

const KEY = ['contracting', 'allocations'] as const;

/** The allocations of a provider or a municipality, newest first, with the client's name. */
export function useAllocations(scope: AllocationScope) {
  const { contracting } = useApi();
  return useQuery({
    queryKey: [...KEY, scope],
    queryFn: async ({ signal }) => {
      const feed = await unwrap(
        contracting.GET('/allocations', {
          params: { query: { ...scope, limit: 500, purpose: LIST_PURPOSE } },
          signal,
        }),
      );
      return [...feed.items].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
    },
    staleTime: 0,
  });
}

function useUpdateInList() {
  const queryClient = useQueryClient();
  return (changed: Allocation) => {
    for (const [key, list] of queryClient.getQueriesData<Allocation[]>({ queryKey: KEY })) {
      if (!list) continue;
      queryClient.setQueryData<Allocation[]>(
        key,
        list.map((item) => (item.id === changed.id ? { ...changed, client: changed.client ?? item.client } : item)),
      );
    }
  };
}

export type AllocationAction =
  | { action: 'acceptance' }
  | { action: 'refusal'; reason: string }
  | { action: 'care-start'; startedOn: string }
  | { action: 'care-stop'; stoppedOn: string; reasonCode: string }
  | { action: 'amendments'; body: AllocationAmend }
  | { action: 'ending'; endedOn: string; reason: string }
  | { action: 'withdrawal'; reason: string };

/** One step in an allocation's life: accept, refuse, care start/stop (provider); amend, end, withdraw (access team). */
export function useAllocationAction(allocationId: string) {
  const { contracting } = useApi();
  const update = useUpdateInList();
  return useMutation({
    mutationFn: (step: AllocationAction) => {
      const path = { params: { path: { allocation_id: allocationId } } };
      switch (step.action) {
        case 'acceptance':
          return unwrap(contracting.POST('/allocations/{allocation_id}/acceptance', path));
        case 'refusal':
          return unwrap(contracting.POST('/allocations/{allocation_id}/refusal', { ...path, body: { reason: step.reason } }));
        case 'care-start':
          return unwrap(
            contracting.POST('/allocations/{allocation_id}/care-start', { ...path, body: { startedOn: step.startedOn } }),
          );
        case 'care-stop':
          return unwrap(
            contracting.POST('/allocations/{allocation_id}/care-stop', {
              ...path,
              body: { stoppedOn: step.stoppedOn, reasonCode: step.reasonCode },
            }),
          );
        case 'amendments':
          return unwrap(contracting.POST('/allocations/{allocation_id}/amendments', { ...path, body: step.body }));
        case 'ending':
          return unwrap(
            contracting.POST('/allocations/{allocation_id}/ending', {
              ...path,
              body: { endedOn: step.endedOn, reason: step.reason },
            }),
          );
        case 'withdrawal':
          return unwrap(contracting.POST('/allocations/{allocation_id}/withdrawal', { ...path, body: { reason: step.reason } }));
      }
    },
    onSuccess: update,
  });
}

/** Issues an allocation; the key is made once per submission, so a retry of it is answered, not repeated. */
export function useIssueAllocation() {
  const { contracting } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AllocationCreate; idempotencyKey: string }) =>
      unwrap(
        contracting.POST('/allocations', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    // The change feed numbers a new allocation a moment after it is issued, so a refetch right now
    // could miss it: put the answer in the municipality's lists and let the next visit refetch.
    onSuccess: (created) => {
      for (const [key, list] of queryClient.getQueriesData<Allocation[]>({ queryKey: KEY })) {
        const scope = key[KEY.length] as AllocationScope | undefined;
        if (!list || !scope || !('municipality' in scope) || scope.municipality !== created.municipalityCode) continue;
        if (!list.some((item) => item.id === created.id)) queryClient.setQueryData<Allocation[]>(key, [created, ...list]);
      }
      void queryClient.invalidateQueries({ queryKey: KEY, refetchType: 'none' });
    },
  });
}

/** Contracted offers matching a provider's name, from the beschikbaarheidswijzer, in the client's municipality. */
export function useProviderSearch(q: string, municipality: string | undefined) {
  const { availability } = useApi();
  return useQuery({
    queryKey: ['availability', 'search', 'provider-choice', q, municipality],
    queryFn: ({ signal }) =>
      unwrap(availability.GET('/search', { params: { query: { q, municipality, limit: 20, sort: 'name' } }, signal })),
    enabled: q.length > 0,
  });
}
