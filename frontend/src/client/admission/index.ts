import { createAuthenticatedApiClient, type ApiClientOptions } from '../../lib/api';
import type { components, paths } from './schema';

export type AdmissionClient = ReturnType<typeof createAdmissionClient>;
export type Schemas = components['schemas'];

/** The admission API; every call carries the signed-in user's access token. */
export function createAdmissionClient(baseUrl: string, options?: ApiClientOptions) {
  return createAuthenticatedApiClient<paths>(baseUrl, options);
}

export type WorkQueue = Schemas['WorkQueue'];
export type Application = Schemas['ApplicationPublic'];
export type ApplicationSummary = Schemas['ApplicationSummary'];
export type ApplicationStatus = Schemas['Status'];
export type RequirementStatus = Schemas['RequirementStatus'];
