// Generates src/client/<service>/schema.d.ts from openapi/<service>.json with openapi-typescript.
// `npm run gen:api -- --check` fails when a generated file is out of date instead of writing it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const SERVICES = ['admission', 'contracting', 'availability', 'monitoring'];
const check = process.argv.includes('--check');
const root = new URL('../', import.meta.url);
let stale = 0;

/**
 * The services export their paths under the base path (`/availability/api/v1/search`), while each
 * client's base URL in config.js already ends in it: keep the paths below the base path, and drop
 * the operational ones outside it (/health, /ready, /metrics).
 */
function withoutBasePath(document) {
  const paths = Object.keys(document.paths ?? {});
  const base = paths.map((path) => path.match(/^\/[a-z-]+\/api\/v\d+(?=\/)/)?.[0]).find(Boolean);
  if (!base) return document;
  const kept = Object.entries(document.paths).filter(([path]) => path.startsWith(`${base}/`));
  return { ...document, paths: Object.fromEntries(kept.map(([path, item]) => [path.slice(base.length), item])) };
}

for (const service of SERVICES) {
  const source = new URL(`openapi/${service}.json`, root);
  if (!existsSync(source)) {
    console.log(`skip  ${service}: openapi/${service}.json not present`);
    continue;
  }
  const document = withoutBasePath(JSON.parse(await readFile(source, 'utf8')));
  const ast = await openapiTS(document, { alphabetize: true });
  const header =
    `// generated — do not edit. Source: frontend/openapi/${service}.json; regenerate with \`npm run gen:api\`.\n\n`;
  const text = header + astToString(ast);
  const target = new URL(`src/client/${service}/schema.d.ts`, root);
  const current = existsSync(target) ? await readFile(target, 'utf8') : null;
  if (current === text) {
    console.log(`ok    ${service}`);
  } else if (check) {
    console.error(`stale ${service}: run npm run gen:api`);
    stale += 1;
  } else {
    await mkdir(new URL('.', target), { recursive: true });
    await writeFile(target, text);
    console.log(`wrote src/client/${service}/schema.d.ts`);
  }
}
process.exitCode = stale ? 1 : 0;
