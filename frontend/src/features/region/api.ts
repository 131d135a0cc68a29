import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';
import { useSubmissionKey } from '../../lib/useSubmissionKey';
import type { components } from '../../client/admission/schema';
import type { components as contracting } from '../../client/contracting/schema';

type Schemas = components['schemas'];
export type IntakeWindowCreate = Schemas['IntakeWindowCreate'];
export type ClosedProductGroupCreate = Schemas['ClosedProductGroupCreate'];
export type EnforcementCreate = Schemas['EnforcementCreate'];
export type AdmissionProvider = Schemas['ProviderPublic'];
export type Contract = contracting['schemas']['ContractPublic'];
export type ContractDetail = contracting['schemas']['ContractDetail'];
export type TerminationCreate = contracting['schemas']['TerminationCreate'];

/** The region's catalogue (public to read), with the tariffs that apply today. */
export function useCatalogue(region: string) {
  const { contracting } = useApi();
  return useQuery({
    queryKey: ['contracting', 'catalogue', region],
    queryFn: async ({ signal }) => {
      const [products, tariffs] = await Promise.all([
        unwrap(contracting.GET('/catalogue/products', { params: { query: { region } }, signal })),
        unwrap(contracting.GET('/tariffs', { params: { query: { region } }, signal })),
      ]);
      const byProduct = new Map(tariffs.map((tariff) => [tariff.productCode, tariff]));
      return products.map((product) => ({ product, tariff: byProduct.get(product.code) }));
    },
  });
}

export function useContracts(region: string) {
  const { contracting } = useApi();
  return useQuery({
    queryKey: ['contracting', 'contracts', region],
    queryFn: ({ signal }) => unwrap(contracting.GET('/contracts', { params: { query: { region } }, signal })),
  });
}

const CONTRACTS = ['contracting', 'contracts'] as const;

/** The contract as the list shows it: the detail the service answers a step with, without lines and amendments. */
function toPublic({ lines: _lines, amendments: _amendments, ...contract }: ContractDetail): Contract {
  return contract;
}

/**
 * A step on one contract (sign, extend, terminate). The service answers with the contract as it now is:
 * its row in the list changes at once, and the list is fetched again.
 */
function useContractStep<Variables>(region: string, step: (variables: Variables) => Promise<ContractDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSuccess: (detail) => {
      queryClient.setQueryData<Contract[]>([...CONTRACTS, region], (rows) =>
        rows?.map((row) => (row.id === detail.id ? toPublic(detail) : row)),
      );
      return queryClient.invalidateQueries({ queryKey: CONTRACTS });
    },
  });
}

/** Signs a draft contract: it becomes active. */
export function useSignContract(region: string) {
  const { contracting } = useApi();
  return useContractStep(region, (contractId: string) =>
    unwrap(contracting.POST('/contracts/{contract_id}/signature', { params: { path: { contract_id: contractId } } })),
  );
}

/** Uses one of the contract's extension options: the service moves its end date a year on. */
export function useExtendContract(region: string) {
  const { contracting } = useApi();
  return useContractStep(region, (contractId: string) =>
    unwrap(contracting.POST('/contracts/{contract_id}/extensions', { params: { path: { contract_id: contractId } } })),
  );
}

/** Terminates a contract: `terminatedOn` is its last day. */
export function useTerminateContract(region: string) {
  const { contracting } = useApi();
  return useContractStep(region, ({ contractId, body }: { contractId: string; body: TerminationCreate }) =>
    unwrap(contracting.POST('/contracts/{contract_id}/termination', { params: { path: { contract_id: contractId } }, body })),
  );
}

export function useIntakeWindows(regionCode: string) {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'intake-windows', regionCode],
    queryFn: ({ signal }) => unwrap(admission.GET('/intake-windows', { params: { query: { regionCode } }, signal })),
  });
}

export function useClosedGroups(regionCode: string) {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'closed-product-groups', regionCode],
    queryFn: ({ signal }) =>
      unwrap(admission.GET('/closed-product-groups', { params: { query: { regionCode } }, signal })),
  });
}

/** Only region staff may read the measures; for anyone else (an analyst) the query does not run. */
export function useEnforcements(regionCode: string) {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'enforcements', regionCode],
    queryFn: ({ signal }) => unwrap(admission.GET('/enforcements', { params: { query: { regionCode } }, signal })),
  });
}

/** The region's municipalities and the product groups (as the admission service names them). */
export function useAdmissionRules(regionCode: string) {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'admission-rules', regionCode],
    queryFn: ({ signal }) =>
      unwrap(admission.GET('/regions/{region_code}/admission-rules', { params: { path: { region_code: regionCode } }, signal })),
    staleTime: 60 * 60_000,
  });
}

const PROVIDER_PAGES = 10;

/**
 * The providers known to the admission service, by name. The list cannot be filtered by region, so
 * this follows the cursor (200 a page, at most 10 pages).
 */
/** The providers admitted in the region (those a measure can be imposed on), all pages. */
export function useAdmissionProviders(regionCode: string) {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'providers', regionCode],
    queryFn: async ({ signal }) => {
      const providers: AdmissionProvider[] = [];
      let cursor: string | null | undefined;
      for (let page = 0; page < PROVIDER_PAGES; page++) {
        const answer = await unwrap(
          admission.GET('/providers', { params: { query: { limit: 200, cursor, regionCode, admitted: true } }, signal }),
        );
        providers.push(...answer.items);
        cursor = answer.nextCursor;
        if (!cursor) break;
      }
      return providers;
    },
    staleTime: 5 * 60_000,
  });
}

const WINDOWS = ['admission', 'intake-windows'] as const;
const CLOSED = ['admission', 'closed-product-groups'] as const;
const ENFORCEMENTS = ['admission', 'enforcements'] as const;

export function useOpenIntakeWindow() {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: IntakeWindowCreate) =>
      unwrap(admission.POST('/intake-windows', { body, params: { header: { 'Idempotency-Key': submission.keyFor(body) } } })),
    onSuccess: () => {
      submission.done();
      return queryClient.invalidateQueries({ queryKey: WINDOWS });
    },
  });
}

/** Deletes a window that has not opened yet. */
export function useDeleteIntakeWindow(regionCode: string) {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (windowId: string) =>
      unwrap(
        admission.DELETE('/intake-windows/{window_id}', {
          params: { path: { window_id: windowId }, query: { regionCode } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: WINDOWS }),
  });
}

export function useCloseProductGroup() {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: ClosedProductGroupCreate) =>
      unwrap(
        admission.POST('/closed-product-groups', { body, params: { header: { 'Idempotency-Key': submission.keyFor(body) } } }),
      ),
    onSuccess: () => {
      submission.done();
      return queryClient.invalidateQueries({ queryKey: CLOSED });
    },
  });
}

/** Reopens a closed product group (the service deletes the closure). */
export function useReopenProductGroup(regionCode: string) {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (closedId: string) =>
      unwrap(
        admission.DELETE('/closed-product-groups/{closed_id}', {
          params: { path: { closed_id: closedId }, query: { regionCode } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CLOSED }),
  });
}

export function useImposeEnforcement() {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ providerId, body }: { providerId: string; body: EnforcementCreate }) =>
      unwrap(admission.POST('/providers/{provider_id}/enforcements', { params: { path: { provider_id: providerId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENFORCEMENTS }),
  });
}

export function useLiftEnforcement(enforcementId: string) {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { liftedOn: string; reason: string }) =>
      unwrap(admission.POST('/enforcements/{enforcement_id}/lift', { params: { path: { enforcement_id: enforcementId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ENFORCEMENTS }),
  });
}

/** Open and acknowledged signals (monitoring), newest first. */
export function useSignals() {
  const { monitoring } = useApi();
  return useQuery({
    queryKey: ['monitoring', 'signals'],
    queryFn: async ({ signal }) => {
      const page = await unwrap(monitoring.GET('/signals', { params: { query: { limit: 100 } }, signal }));
      return page.items.filter((item) => item.status !== 'resolved');
    },
    staleTime: 0,
  });
}

export function useSignalStep(signalId: string) {
  const { monitoring } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: 'acknowledge' | 'resolve') =>
      step === 'acknowledge'
        ? unwrap(monitoring.POST('/signals/{signal_id}/acknowledge', { params: { path: { signal_id: signalId } } }))
        : unwrap(monitoring.POST('/signals/{signal_id}/resolve', { params: { path: { signal_id: signalId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['monitoring', 'signals'] }),
  });
}
