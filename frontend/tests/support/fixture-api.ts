import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const BASE_PATH = '/availability/api/v1';
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

export type FixtureApi = {
  /** Base URL of the availability API, as the app's config expects it. */
  baseUrl: string;
  /** Every request the app made, in order. */
  requests: URL[];
  close: () => Promise<void>;
};

/**
 * A small real HTTP server that answers the availability API from the JSON in tests/fixtures/,
 * with CORS as the real service answers a web app on another origin.
 */
export async function startFixtureApi(): Promise<FixtureApi> {
  const search = fixture('search.json');
  const vocabularies = fixture('vocabularies.json');
  const providers = fixture('providers.json') as Record<string, unknown>;
  const requests: URL[] = [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = { 'Access-Control-Allow-Origin': '*', 'API-Version': '1.0.0' };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...headers, 'Access-Control-Allow-Headers': '*' }).end();
      return;
    }
    requests.push(url);
    const path = url.pathname.slice(BASE_PATH.length);
    const body =
      path === '/search'
        ? search
        : path === '/vocabularies'
          ? vocabularies
          : path.startsWith('/providers/')
            ? providers[path.slice('/providers/'.length)]
            : undefined;
    if (!url.pathname.startsWith(BASE_PATH) || body === undefined) {
      response
        .writeHead(404, { ...headers, 'Content-Type': 'application/problem+json' })
        .end(JSON.stringify({ type: 'about:blank', title: 'Niet gevonden', status: 404 }));
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${BASE_PATH}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
