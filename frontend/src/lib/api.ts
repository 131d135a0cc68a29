import createClient, { type Client } from 'openapi-fetch';
import { ProblemError } from './problem';

export type ApiClientOptions = {
  /** Replaces the global fetch, for tests. */
  fetch?: typeof fetch;
};

export function createApiClient<Paths extends {}>(baseUrl: string, options: ApiClientOptions = {}): Client<Paths> {
  return createClient<Paths>({ baseUrl, ...(options.fetch && { fetch: options.fetch }) });
}

/** Resolves to the response body of a successful call and throws a ProblemError otherwise. */
export async function unwrap<Data>(
  call: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok) throw ProblemError.fromResponse(response, error);
  return data as Data;
}
