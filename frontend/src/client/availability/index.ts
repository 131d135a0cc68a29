import { createApiClient, createAuthenticatedApiClient, type ApiClientOptions } from '../../lib/api';
import type { components, paths } from './schema';

export type AvailabilityClient = ReturnType<typeof createAvailabilityClient>;
export type Schemas = components['schemas'];
export type SearchResult = Schemas['SearchResult'];
export type SearchResponse = Schemas['SearchResponse'];
export type Facet = Schemas['Facet'];
export type SearchSort = NonNullable<NonNullable<paths['/search']['get']['parameters']['query']>['sort']>;
export type Vocabularies = Schemas['Vocabularies'];
export type ProviderDetail = Schemas['ProviderPublic'];
export type Entry = Schemas['EntryPublic'];
export type EntryUpdate = Schemas['EntryUpdate'];
export type EntryCreate = Schemas['EntryCreate'];
export type Confirmation = Schemas['Confirmation'];

export function createAvailabilityClient(baseUrl: string, options?: ApiClientOptions) {
  return createApiClient<paths>(baseUrl, options);
}

/** The provider's own reporting (entries, confirmations): the same API, with the access token. */
export function createReportingClient(baseUrl: string, options?: ApiClientOptions) {
  return createAuthenticatedApiClient<paths>(baseUrl, options);
}
