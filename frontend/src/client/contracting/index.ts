import { createAuthenticatedApiClient, type ApiClientOptions } from '../../lib/api';
import type { components, paths } from './schema';

export type ContractingClient = ReturnType<typeof createContractingClient>;
export type Schemas = components['schemas'];

/** The contracting API; every call carries the signed-in user's access token. */
export function createContractingClient(baseUrl: string, options?: ApiClientOptions) {
  return createAuthenticatedApiClient<paths>(baseUrl, options);
}

export type Allocation = Schemas['AllocationPublic'];
export type AllocationCreate = Schemas['AllocationCreate'];
export type AllocationAmend = Schemas['AllocationAmend'];
export type Volume = Schemas['VolumeIn-Input'];
export type VolumeUnit = Volume['unit'];
export type VolumeFrequency = Volume['frequency'];
