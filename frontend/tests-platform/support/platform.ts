/**
 * The real platform for the browser tests: starts it (`zorgregio test-stack`), talks to its REST
 * APIs with tokens from the development issuer, and brings a provider to where a referrer finds it
 * (catalogue → admission → signed framework contract → reported availability).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const REGION = 'ZOU';
export const ZEIST = '0355';
export const PRODUCT = { code: '45A48', name: 'Behandeling jeugd individueel', group: 'Behandeling', category: '45' };

export type StackInfo = {
  issuer: string;
  keys: string;
  logs: string;
  services: { admission: string; contracting: string; availability: string; monitoring: string };
};

/** What the global setup prepared; the specs read it from the file PLATFORM_STATE names. */
export type PlatformState = {
  stack: StackInfo;
  appUrl: string;
  provider: {
    id: string;
    name: string;
    /** The entry the referrer finds (search spec). */
    searchEntry: { id: string; location: string; intakeWaitWeeks: number };
    /** The entry the provider changes (wait spec). */
    updateEntry: { id: string; location: string; intakeWaitWeeks: number };
  };
};

export function readState(): PlatformState {
  const file = process.env.PLATFORM_STATE;
  if (!file || !existsSync(file)) throw new Error('PLATFORM_STATE is not set: run with -c playwright.platform.config.ts');
  return JSON.parse(readFileSync(file, 'utf8')) as PlatformState;
}

// --- processes --------------------------------------------------------------------------------

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something truthy. */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`${what}: not reached within ${timeoutMs / 1000} s (last: ${String(last)})`);
}

/** Sends SIGTERM and waits for the process to exit (SIGKILL after `graceMs`). */
export async function stop(child: ChildProcess | undefined, graceMs = 30_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Starts `zorgregio test-stack` and waits (up to two minutes) for the file with its addresses. */
export async function startStack(zorgregio: string, out: string, log: (chunk: Buffer) => void) {
  const child = spawn(zorgregio, ['test-stack', '--out', out, ...(process.env.PLATFORM_KEEP ? ['--keep'] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', log);
  child.stderr!.on('data', log);
  try {
    const info = await eventually(
      'test-stack address file',
      async () => {
        if (child.exitCode !== null) throw new Error(`zorgregio test-stack exited with ${child.exitCode}`);
        if (!existsSync(out)) return null;
        try {
          return JSON.parse(readFileSync(out, 'utf8')) as StackInfo;
        } catch {
          return null; // still being written
        }
      },
      120_000,
    );
    return { child, info };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

// --- REST ---------------------------------------------------------------------------------------

export type Claims = { role: string; providerId?: string; municipalityCode?: string; regionCode?: string; name?: string };

export class Platform {
  constructor(readonly stack: StackInfo) {}

  api(service: keyof StackInfo['services']): string {
    return this.stack.services[service];
  }

  /** An access token from the development issuer (`POST /dev/tokens`). */
  async token(claims: Claims): Promise<string> {
    const body = await this.call<{ accessToken: string }>('POST', `${this.stack.issuer}/dev/tokens`, { json: claims });
    return body.accessToken;
  }

  async headers(claims: Claims): Promise<Record<string, string>> {
    return { Authorization: `Bearer ${await this.token(claims)}` };
  }

  /** One request; fails with method, URL, status and body unless the status is one of `expect`. */
  async call<T = unknown>(
    method: string,
    url: string,
    options: { json?: unknown; form?: FormData; headers?: Record<string, string>; expect?: number[] } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form;
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    if (!(options.expect ?? [200, 201]).includes(response.status)) {
      throw new Error(`${method} ${url}: ${response.status} ${text}`);
    }
    return (text ? JSON.parse(text) : {}) as T;
  }

  async get<T = unknown>(url: string, headers?: Record<string, string>): Promise<T> {
    return this.call<T>('GET', url, { headers, expect: [200] });
  }

  /** The public search of the beschikbaarheidswijzer, as an anonymous referrer. */
  async search(params: Record<string, string>): Promise<SearchItem[]> {
    const body = await this.get<{ items: SearchItem[] }>(`${this.api('availability')}/search?${new URLSearchParams(params)}`);
    return body.items;
  }
}

export type SearchItem = {
  entryId: string;
  providerId: string;
  providerName: string;
  productCode: string;
  intakeWaitWeeks: number | null;
  location: { name: string; city: string };
};

// --- test data ----------------------------------------------------------------------------------

/** The smallest document the admission service recognises as a PDF by its first bytes. */
const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
  'trailer<</Root 1 0 R>>\n%%EOF\n';

/** Today in Europe/Amsterdam (the services date things there), as YYYY-MM-DD. */
export function today(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A citizen service number (BSN) that passes the eleven-test: eight digits from `seed` and a check digit. */
export function validBsn(seed = 12_345_678): string {
  for (let n = seed; ; n = n >= 99_999_999 ? 10_000_000 : n + 1) {
    const digits = String(n).padStart(8, '0').split('').map(Number);
    if (digits[0] === 0) continue;
    const check = digits.reduce((sum, digit, i) => sum + digit * (9 - i), 0) % 11;
    if (check < 10) return digits.join('') + String(check);
  }
}

/** Whether a BSN passes the eleven-test (9 digits, Σ dᵢ·wᵢ with weights 9..2 and −1 divisible by 11). */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const digits = bsn.split('').map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, i) => total + digit * (9 - i), 0) - digits[8]!;
  return sum % 11 === 0;
}

type Entry = { entryId: string; intakeWaitWeeks: number | null };

/**
 * A provider admitted for PRODUCT in Zeist by the region ZOU, with a signed framework contract and
 * two reported entries (two locations), listed in the public search. Only public REST APIs.
 */
export async function onboardProvider(platform: Platform, name: string): Promise<PlatformState['provider']> {
  const contracting = platform.api('contracting');
  const admission = platform.api('admission');
  const availability = platform.api('availability');
  const cm = await platform.headers({ role: 'region_contract_manager', regionCode: REGION });
  const assessor = await platform.headers({ role: 'region_assessor', regionCode: REGION });
  const firstOfYear = `${today().slice(0, 4)}-01-01`;

  // The region's catalogue: the product, its tariff and a published version.
  const products = await platform.get<{ code: string }[]>(`${contracting}/catalogue/products?region=${REGION}`);
  if (!products.some((p) => p.code === PRODUCT.code)) {
    await platform.call('POST', `${contracting}/catalogue/products`, {
      headers: cm,
      json: {
        regionCode: REGION, code: PRODUCT.code, name: PRODUCT.name, category: PRODUCT.category,
        productGroup: PRODUCT.group, unit: 'uur', fundingForm: 'inspanningsgericht', validFrom: firstOfYear,
      },
      expect: [201],
    });
    await platform.call('POST', `${contracting}/tariffs`, {
      headers: cm,
      json: { regionCode: REGION, productCode: PRODUCT.code, amount: '95.50', validFrom: firstOfYear },
      expect: [201],
    });
    await platform.call('POST', `${contracting}/catalogue/versions`, {
      headers: cm,
      json: { regionCode: REGION, effectiveOn: today() },
      expect: [201],
    });
  }

  // Admission: a requirement and an open intake window.
  const requirements = await platform.get<{ code: string }[]>(`${admission}/requirements?regionCode=${REGION}`, assessor);
  if (!requirements.some((r) => r.code === 'KVK')) {
    await platform.call('POST', `${admission}/requirements`, {
      headers: assessor,
      json: { regionCode: REGION, code: 'KVK', title: 'Uittreksel Kamer van Koophandel', layer: 'general', evidenceType: 'kvk_extract' },
      expect: [201],
    });
  }
  const windows = await platform.get<{ openNow: boolean; kind: string }[]>(`${admission}/intake-windows?regionCode=${REGION}`, assessor);
  if (!windows.some((w) => w.openNow && w.kind === 'regular')) {
    await platform.call('POST', `${admission}/intake-windows`, {
      headers: assessor,
      json: { regionCode: REGION, name: 'Toetredingsmoment browsertests', opensOn: today(), closesOn: today(30) },
      expect: [201],
    });
  }

  // The provider registers, applies and sends its evidence.
  const providerId = crypto.randomUUID();
  const provider = await platform.headers({ role: 'provider', providerId });
  const digits = () => String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  await platform.call('POST', `${admission}/providers`, {
    headers: provider,
    json: {
      id: providerId, name, kvkNumber: digits(), agbCode: digits(),
      publicContact: { city: 'Zeist', website: 'https://platformtest.example' },
    },
    expect: [201],
  });
  const application = await platform.call<{ id: string; requirements: { code: string }[] }>('POST', `${admission}/applications`, {
    headers: provider,
    json: { regionCode: REGION, productCodes: [PRODUCT.code], municipalityCodes: [ZEIST] },
    expect: [201],
  });
  const base = `${admission}/applications/${application.id}`;
  for (const requirement of application.requirements) {
    const form = new FormData();
    form.set('requirementCode', requirement.code);
    form.set('file', new Blob([PDF], { type: 'application/pdf' }), `${requirement.code.toLowerCase()}.pdf`);
    await platform.call('POST', `${base}/evidence`, { headers: provider, form, expect: [201] });
  }

  // Screening, verdicts, dialogue, admission (→ provider.admitted).
  await platform.call('POST', `${base}/screening`, { headers: assessor, expect: [200] });
  for (const requirement of application.requirements) {
    await platform.call('POST', `${base}/verdicts`, {
      headers: assessor,
      json: { requirementCode: requirement.code, verdict: 'approved' },
      expect: [200],
    });
  }
  await platform.call('POST', `${base}/dialogue`, { headers: assessor, expect: [200] });
  await platform.call('POST', `${base}/dialogue-sessions`, { headers: assessor, json: { heldOn: today() }, expect: [201] });
  await platform.call('POST', `${base}/admission`, { headers: assessor, json: { reasons: ['Voldoet aan alle eisen'] }, expect: [200] });

  // The framework contract the admission event created in contracting: sign it.
  const contracts = await eventually('draft framework contract', async () => {
    const list = await platform.get<{ id: string; status: string }[]>(`${contracting}/contracts?provider=${providerId}`, cm);
    return list.length > 0 ? list : null;
  });
  await platform.call('POST', `${contracting}/contracts/${contracts[0]!.id}/signature`, { headers: cm, json: {}, expect: [200] });

  // The provider reports two locations; both must show up in the public search for Zeist.
  const entries = `${availability}/providers/${providerId}/entries`;
  const common = {
    productCode: PRODUCT.code, acceptingNewClients: true, ageMin: 4, ageMax: 18,
    bridgingCare: { offered: true, description: 'Ambulante overbrugging' },
  };
  const searchEntry = { location: `${name} Zeist`, intakeWaitWeeks: 3 };
  const updateEntry = { location: `${name} Driebergen`, intakeWaitWeeks: 8 };
  const created: Entry[] = [];
  for (const [entry, city, treatment] of [[searchEntry, 'Zeist', 5], [updateEntry, 'Driebergen', 10]] as const) {
    created.push(
      await eventually('entry accepted by availability', () =>
        platform.call<Entry>('POST', entries, {
          headers: provider,
          json: {
            ...common, location: { name: entry.location, city },
            intakeWaitWeeks: entry.intakeWaitWeeks, treatmentWaitWeeks: treatment,
          },
          expect: [201],
        }),
      ),
    );
  }
  await eventually('provider listed in the search for Zeist', async () => {
    const items = await platform.search({ municipality: ZEIST });
    return items.filter((item) => item.providerId === providerId).length === 2;
  });
  return {
    id: providerId,
    name,
    searchEntry: { id: created[0]!.entryId, ...searchEntry },
    updateEntry: { id: created[1]!.entryId, ...updateEntry },
  };
}
