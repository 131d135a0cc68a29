import createClient, { type Client } from 'openapi-fetch';
import { ProblemError } from './problem';

export type ApiClientOptions = {
  /** Replaces the global fetch, for tests. */
  fetch?: typeof fetch;
  /** The signed-in user's access token, if any; authenticated clients send it with every request. */
  accessToken?: () => Promise<string | undefined>;
};

export function createApiClient<Paths extends {}>(baseUrl: string, options: ApiClientOptions = {}): Client<Paths> {
  return createClient<Paths>({ baseUrl, ...(options.fetch && { fetch: options.fetch }) });
}

/** A client that sends `Authorization: Bearer <access token>` whenever a user is signed in. */
export function createAuthenticatedApiClient<Paths extends {}>(
  baseUrl: string,
  options: ApiClientOptions = {},
): Client<Paths> {
  const client = createApiClient<Paths>(baseUrl, options);
  client.use({
    async onRequest({ request }) {
      const token = await options.accessToken?.();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
}

/** Resolves to the response body of a successful call and throws a ProblemError otherwise. */
export async function unwrap<Data>(
  call: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok) throw ProblemError.fromResponse(response, error);
  return data as Data;
}

/** A fresh key for one submission, so a retry of the same submission is not carried out twice. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
