import { createContext, useContext, type ReactNode } from 'react';
import { createAdmissionClient, type AdmissionClient } from '../client/admission';
import {
  createAvailabilityClient,
  createReportingClient,
  type AvailabilityClient,
} from '../client/availability';
import { createContractingClient, type ContractingClient } from '../client/contracting';
import { createMonitoringClient, type MonitoringClient } from '../client/monitoring';
import type { ApiClientOptions } from './api';
import type { Config } from './config';

/**
 * One typed client per service. The public search (`availability`) is called without a token;
 * `reporting` (the same service, a provider's own entries) and the other services send the signed-in
 * user's access token.
 */
export type ApiClients = {
  availability: AvailabilityClient;
  reporting: AvailabilityClient;
  contracting: ContractingClient;
  admission: AdmissionClient;
  monitoring: MonitoringClient;
};

export function createApiClients(api: Config['api'], options: ApiClientOptions = {}): ApiClients {
  const { accessToken, ...publicOptions } = options;
  return {
    availability: createAvailabilityClient(api.availability, publicOptions),
    reporting: createReportingClient(api.availability, options),
    contracting: createContractingClient(api.contracting, options),
    admission: createAdmissionClient(api.admission, options),
    monitoring: createMonitoringClient(api.monitoring, options),
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
