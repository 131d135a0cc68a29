import { createApiClient, type ApiClientOptions } from '../../lib/api';
import type { components, paths } from './schema';

export type AvailabilityClient = ReturnType<typeof createAvailabilityClient>;
export type Schemas = components['schemas'];
export type SearchResult = Schemas['SearchResult'];
export type SearchResponse = Schemas['SearchResponse'];
export type Facet = Schemas['Facet'];
export type SearchSort = Schemas['SearchSort'];
export type Vocabularies = Schemas['Vocabularies'];
export type ProviderDetail = Schemas['ProviderDetail'];

export function createAvailabilityClient(baseUrl: string, options?: ApiClientOptions) {
  return createApiClient<paths>(baseUrl, options);
}
