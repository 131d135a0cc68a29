import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';

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

export function useEnforcements(regionCode: string) {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'enforcements', regionCode],
    queryFn: ({ signal }) => unwrap(admission.GET('/enforcements', { params: { query: { regionCode } }, signal })),
  });
}

export function useLiftEnforcement(enforcementId: string) {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { liftedOn: string; reason: string }) =>
      unwrap(admission.POST('/enforcements/{enforcement_id}/lift', { params: { path: { enforcement_id: enforcementId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admission', 'enforcements'] }),
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
