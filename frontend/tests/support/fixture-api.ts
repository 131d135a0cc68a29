import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const BASE_PATH = '/availability/api/v1';
/** An answer without a body (204), as the services answer a DELETE. */
const NO_CONTENT = Symbol('no content');
/** The POSTs the admission and contracting services answer with 201 Created. */
const CREATED = /^\/(intake-windows|closed-product-groups|providers\/[^/]+\/enforcements|contracts\/[^/]+\/extensions)$/;
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

export type FixtureApi = {
  /** Base URL of the availability API, as the app's config expects it. */
  baseUrl: string;
  /** Every request the app made, in order. */
  requests: URL[];
  /** Every request with its method, path below the base path and JSON body. */
  calls: { method: string; path: string; body: unknown }[];
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
  const entries = fixture('entries.json') as { entryId: string }[];
  const allocations = fixture('allocations.json') as { items: { id: string }[] };
  const workQueue = fixture('work-queue.json');
  const application = fixture('application.json') as { id: string };
  const figures = Object.fromEntries(
    ['inflow', 'outflow', 'waits', 'spend', 'budget'].map((name) => [name, fixture(`figures/${name}.json`)]),
  );
  const region = fixture('region.json') as Record<string, unknown>;
  const regionPaths: Record<string, string> = {
    '/catalogue/products': 'products',
    '/tariffs': 'tariffs',
    '/signals': 'signals',
  };
  const requests: URL[] = [];
  const calls: { method: string; path: string; body: unknown }[] = [];
  /** The region's admission rules change as the tests change them (per server, so per test). */
  type Row = { id: string; [field: string]: unknown };
  const rules = {
    windows: [...(region.windows as Row[])],
    closed: [...(region.closed as Row[])],
    enforcements: [...(region.enforcements as Row[])],
  };
  /** The region's contracts change as the tests sign, extend and terminate them (per test too). */
  type ContractRow = Row & { status: string; startsOn: string; endsOn: string | null; extensionOptions: number; extensionsUsed: number };
  const contracts = (region.contracts as ContractRow[]).map((contract) => ({ ...contract }));

  /** The contracting service's contracts: the list, and a step on one (answered as ContractDetail). */
  function contracting(method: string, path: string, body: Record<string, unknown>): unknown {
    if (method === 'GET' && path === '/contracts') return contracts;
    const step = path.match(/^\/contracts\/([^/]+)\/(signature|extensions|termination)$/);
    const contract = step && contracts.find((item) => item.id === step[1]);
    if (method !== 'POST' || !step || !contract) return undefined;
    if (step[2] === 'signature') {
      if (contract.status !== 'draft') return undefined;
      Object.assign(contract, { status: 'active', signedAt: new Date().toISOString() });
    } else if (step[2] === 'extensions') {
      if (contract.status !== 'active' || !contract.endsOn || contract.extensionsUsed >= contract.extensionOptions) return undefined;
      const [year, rest] = [contract.endsOn.slice(0, 4), contract.endsOn.slice(4)];
      Object.assign(contract, { endsOn: `${Number(year) + 1}${rest === '-02-29' ? '-02-28' : rest}`, extensionsUsed: contract.extensionsUsed + 1 });
    } else {
      if (contract.status === 'terminated') return undefined;
      const { terminatedOn, reason } = body as { terminatedOn: string; reason: string };
      const endsOn = contract.endsOn && contract.endsOn < terminatedOn ? contract.endsOn : terminatedOn;
      Object.assign(contract, { status: 'terminated', terminatedOn, terminationReason: reason, endsOn });
    }
    return { ...contract, lines: [], amendments: [] };
  }

  /** The region's admission rules (admission service): windows, closed product groups, measures. */
  function admissionRules(method: string, path: string, body: Record<string, unknown>): unknown {
    if (method === 'GET' && path === '/intake-windows') return rules.windows;
    if (method === 'GET' && path === '/closed-product-groups') return rules.closed;
    if (method === 'GET' && path === '/enforcements') return rules.enforcements;
    if (method === 'GET' && path === '/providers') return region.providers;
    if (method === 'GET' && /^\/regions\/[A-Z]+\/admission-rules$/.test(path)) return region.rules;
    if (method === 'POST' && path === '/intake-windows') {
      const today = new Date().toISOString().slice(0, 10);
      const { opensOn, closesOn } = body as { opensOn: string; closesOn: string };
      const window = { productGroup: null, name: '', kind: 'regular', ...body, id: crypto.randomUUID(), openNow: opensOn <= today && today <= closesOn };
      rules.windows.push(window);
      return window;
    }
    if (method === 'POST' && path === '/closed-product-groups') {
      const closed = { ...body, id: crypto.randomUUID() };
      rules.closed.push(closed);
      return closed;
    }
    const enforcement = path.match(/^\/providers\/([^/]+)\/enforcements$/);
    if (method === 'POST' && enforcement) {
      const created = {
        endsOn: null,
        amount: null,
        municipalityCodes: [],
        ...body,
        id: crypto.randomUUID(),
        providerId: enforcement[1],
        active: true,
        liftedOn: null,
        liftReason: null,
        created: { subject: 'e2e', role: 'region_contract_manager', at: new Date().toISOString() },
      };
      rules.enforcements.push(created);
      return created;
    }
    const removal = path.match(/^\/(intake-windows|closed-product-groups)\/([^/]+)$/);
    if (method === 'DELETE' && removal) {
      const list = removal[1] === 'intake-windows' ? rules.windows : rules.closed;
      const index = list.findIndex((item) => item.id === removal[2]);
      if (index < 0) return undefined;
      list.splice(index, 1);
      return NO_CONTENT;
    }
    return undefined;
  }

  /** The signed-in work areas: a provider's entries and the allocations, answered from the fixtures. */
  function workArea(method: string, path: string, body: Record<string, unknown>): unknown {
    const entryPath = path.match(/^\/providers\/[^/]+\/entries(?:\/([^/]+))?(\/confirm)?$/);
    if (entryPath) {
      if (method === 'GET' && !entryPath[1]) return entries;
      const entry = entries.find((item) => item.entryId === entryPath[1]);
      if (method === 'PUT' && entry) return { ...entry, ...body };
      if (method === 'POST' && entry) return { ...entry, stale: false, lastConfirmedAt: new Date().toISOString() };
    }
    if (method === 'POST' && /^\/providers\/[^/]+\/confirm$/.test(path)) {
      return { confirmed: entries.length, entryIds: entries.map((entry) => entry.entryId) };
    }
    if (method === 'GET' && regionPaths[path]) return region[regionPaths[path]!];
    if (path === '/work-queue') return workQueue;
    if (path === '/applications' && method === 'GET') return { items: [application], nextCursor: null };
    if (path === `/applications/${application.id}` && method === 'GET') return application;
    const figure = path.match(/^\/figures\/([a-z-]+)$/);
    if (figure && method === 'GET') return figures[figure[1]!];
    if (path === '/allocations' && method === 'GET') return allocations;
    if (path === '/allocations' && method === 'POST') return { ...allocations.items[0], ...body, id: crypto.randomUUID(), number: 1002 };
    const step = path.match(/^\/allocations\/([^/]+)\/(acceptance|refusal|care-start|care-stop|amendments|ending)$/);
    const allocation = step && allocations.items.find((item) => item.id === step[1]);
    if (step && allocation) {
      const status = { acceptance: 'accepted', refusal: 'refused', 'care-start': 'started', 'care-stop': 'stopped', amendments: undefined, ending: 'ended' }[step[2]!];
      return { ...allocation, ...(status && { status }), ...body };
    }
    return undefined;
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = { 'Access-Control-Allow-Origin': '*', 'API-Version': '1.0.0' };
    if (request.method === 'OPTIONS') {
      // `*` does not cover Authorization: name the headers the browser asks for.
      const asked = request.headers['access-control-request-headers'] ?? '*';
      response
        .writeHead(204, { ...headers, 'Access-Control-Allow-Headers': asked, 'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE' })
        .end();
      return;
    }
    requests.push(url);
    const path = url.pathname.slice(BASE_PATH.length);
    const method = request.method ?? 'GET';
    let text = '';
    for await (const chunk of request) text += chunk;
    const sent = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    calls.push({ method, path, body: text ? sent : undefined });
    const body =
      contracting(method, path, sent) ??
      admissionRules(method, path, sent) ??
      workArea(method, path, sent) ??
      (method !== 'GET'
        ? undefined
        : path === '/search'
        ? search
        : path === '/vocabularies'
          ? vocabularies
          : path.startsWith('/providers/')
            ? providers[path.slice('/providers/'.length)]
            : undefined);
    if (!url.pathname.startsWith(BASE_PATH) || body === undefined) {
      response
        .writeHead(404, { ...headers, 'Content-Type': 'application/problem+json' })
        .end(JSON.stringify({ type: 'about:blank', title: 'Niet gevonden', status: 404 }));
      return;
    }
    if (body === NO_CONTENT) {
      response.writeHead(204, headers).end();
      return;
    }
    const status = method === 'POST' && CREATED.test(path) ? 201 : 200;
    response.writeHead(status, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${BASE_PATH}`,
    requests,
    calls,
    // The page may still hold a connection open (a request in flight as the test ends): drop every
    // connection, or closing waits for them past the test's timeout.
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
