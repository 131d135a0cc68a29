import { useMutation, useQuery } from '@tanstack/react-query';
import type { Figure } from '../../client/monitoring';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';
import type { MonitoringFilters } from './filters';

export type Aggregate = 'inflow' | 'outflow' | 'waits' | 'spend' | 'budget';

/** One dashboard figure for the period and scope; counts below 5 arrive as the string "<5". */
export function useFigure(aggregate: Aggregate, filters: MonitoringFilters) {
  const { monitoring } = useApi();
  return useQuery({
    queryKey: ['monitoring', 'figures', aggregate, filters],
    queryFn: async ({ signal }): Promise<Figure> =>
      // The operation answers JSON or CSV; without `format=csv` it is the JSON figure.
      (await unwrap(
        monitoring.GET('/figures/{aggregate}', {
          params: { path: { aggregate }, query: { ...filters } },
          signal,
        }),
      )) as Figure,
  });
}

/** Fetches the figure as CSV (with the access token) and hands it to the browser as a download. */
export function useCsvDownload(aggregate: Aggregate, filters: MonitoringFilters) {
  const { monitoring } = useApi();
  return useMutation({
    mutationFn: async () => {
      const text = await unwrap(
        monitoring.GET('/figures/{aggregate}', {
          params: { path: { aggregate }, query: { ...filters, format: 'csv' } },
          parseAs: 'text',
        }),
      );
      const url = URL.createObjectURL(new Blob([text as string], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${aggregate}-${filters.municipality ?? 'regio'}-${filters.from ?? ''}-${filters.to ?? ''}.csv`
        .replace(/-+\.csv$/, '.csv')
        .replace(/--+/g, '-');
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}
