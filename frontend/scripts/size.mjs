// Prints the gzip size of the JavaScript the landing page loads before it can render and fails
// over the budget. Run after `npm run build`.
import { BUDGET_KB, initialJavaScript } from './initial-js.mjs';

const files = await initialJavaScript(new URL('../dist/', import.meta.url));
for (const { file, gzipBytes } of files) console.log(`${(gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
const totalKb = files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) / 1024;
console.log(`${totalKb.toFixed(1).padStart(7)} KB  landing page initial JavaScript, gzip (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB: load more of it lazily.`);
  process.exitCode = 1;
}
