// The JavaScript the landing page loads before it can render: the entry chunk and everything it
// imports statically (lazy routes load later), with each file's gzip size. Reads a Vite build's
// manifest (vite.config.ts sets `build.manifest`).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 200;

/** [{ file, gzipBytes }] for the landing page's initial JavaScript in the build at `dist` (a URL). */
export async function initialJavaScript(dist) {
  const manifest = JSON.parse(await readFile(new URL('.vite/manifest.json', dist), 'utf8'));
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit('index.html');
  return Promise.all(
    [...seen].map(async (key) => {
      const file = manifest[key].file;
      return { file, gzipBytes: gzipSync(await readFile(new URL(file, dist))).length };
    }),
  );
}
