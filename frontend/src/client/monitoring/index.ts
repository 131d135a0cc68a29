import { createAuthenticatedApiClient, type ApiClientOptions } from '../../lib/api';
import type { components, paths } from './schema';

export type MonitoringClient = ReturnType<typeof createMonitoringClient>;
export type Schemas = components['schemas'];

/** The monitoring API; every call carries the signed-in user's access token. */
export function createMonitoringClient(baseUrl: string, options?: ApiClientOptions) {
  return createAuthenticatedApiClient<paths>(baseUrl, options);
}

export type Figure = Schemas['FigurePublic'];
