import { createContext, useContext, type ReactNode } from 'react';
import { createAvailabilityClient, type AvailabilityClient } from '../client/availability';
import type { ApiClientOptions } from './api';
import type { Config } from './config';

/**
 * One typed client per service. The availability API is public and is called without a token; the
 * admission, contracting and monitoring clients join when their OpenAPI documents land.
 */
export type ApiClients = {
  availability: AvailabilityClient;
};

export function createApiClients(api: Config['api'], options?: ApiClientOptions): ApiClients {
  return {
    availability: createAvailabilityClient(api.availability, options),
  };
}

const ApiContext = createContext<ApiClients | null>(null);

export function ApiProvider({ clients, children }: { clients: ApiClients; children: ReactNode }) {
  return <ApiContext value={clients}>{children}</ApiContext>;
}

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi must be used inside <ApiProvider>');
  return clients;
}
