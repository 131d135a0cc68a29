import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { User, UserManager } from 'oidc-client-ts';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AuthProvider } from '../features/auth/AuthProvider';
import { ApiProvider, createApiClients } from '../lib/ApiProvider';

const BASE = 'http://api.test/availability/api/v1';
const API = { admission: BASE, contracting: BASE, availability: BASE, monitoring: BASE };

export const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

export const problem = (body: { status: number; title: string; [key: string]: unknown }) =>
  new Response(JSON.stringify(body), { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });

/**
 * A stand-in for the availability API: answers each path (below the base URL) with its JSON body, or
 * with the Response a function makes; anything else is a 404 problem. Records every request URL.
 */
export type RecordedCall = { method: string; url: URL; headers: Headers; body: unknown };

/**
 * A route is a path below the base URL (any method) or `'METHOD /path'`; the method-specific one wins.
 * A function answer gets the URL and the recorded call (with the parsed JSON body).
 */
export function fakeApi(routes: Record<string, unknown>) {
  const requests: URL[] = [];
  const calls: RecordedCall[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.body ? await request.text() : '';
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    const call = { method: request.method, url, headers: request.headers, body };
    requests.push(url);
    calls.push(call);
    const path = url.pathname.replace(new URL(BASE).pathname, '');
    const answer = routes[`${request.method} ${path}`] ?? routes[path];
    if (answer === undefined) return problem({ status: 404, title: 'Niet gevonden' });
    return typeof answer === 'function'
      ? (answer as (url: URL, call: RecordedCall) => Response)(url, call)
      : json(answer);
  };
  return { fetch, requests, calls };
}

/** A stand-in for oidc-client-ts: a stored user (or none), and what the sign-in callback resolves to. */
export function fakeUserManager(overrides: { user?: Partial<User>; signinRedirectCallback?: () => Promise<unknown> } = {}) {
  const noop = () => {};
  return {
    events: {
      addUserLoaded: noop,
      addUserUnloaded: noop,
      addAccessTokenExpired: noop,
      removeUserLoaded: noop,
      removeUserUnloaded: noop,
      removeAccessTokenExpired: noop,
    },
    getUser: async () => (overrides.user ? { expired: false, ...overrides.user } : null),
    signinRedirect: async () => {},
    removeUser: async () => {},
    signinRedirectCallback: overrides.signinRedirectCallback ?? (async () => ({ state: undefined })),
  } as unknown as UserManager;
}

/** A JWT (unsigned) carrying the given claims, as the access token of a signed-in user. */
export function accessToken(claims: object): string {
  const payload = btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `eyJhbGciOiJub25lIn0.${payload}.`;
}

type RenderOptions = {
  url?: string;
  path?: string;
  fetch?: typeof fetch;
  userManager?: UserManager;
};

/** Renders one route with the app's providers around it: auth, API clients, query client, router (in memory). */
export function renderRoute(element: ReactElement, options: RenderOptions = {}) {
  const router = createMemoryRouter([{ path: options.path ?? '/', element }, { path: '*', element: null }], {
    initialEntries: [options.url ?? '/'],
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const userManager = options.userManager ?? fakeUserManager();
  render(
    <AuthProvider loadUserManager={async () => userManager}>
      <ApiProvider
        clients={createApiClients(API, {
          fetch: options.fetch ?? fakeApi({}).fetch,
          accessToken: async () => (await userManager.getUser())?.access_token,
        })}
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiProvider>
    </AuthProvider>,
  );
  return { router };
}
