// After `vite build`: what the browser downloads before the sign-in screen (index.html's entry
// script, its module preloads and stylesheets), gzipped, against the 500 KB budget of ARCHITECTURE.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 500;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let total = 0;
for (const file of files) {
  const kb = gzipSync(readFileSync(join(dist, file))).length / 1024;
  total += kb;
  console.log(`  ${file.padEnd(48)} ${kb.toFixed(1).padStart(7)} KB gzip`);
}
console.log(
  `Before the sign-in screen: ${files.length} files, ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`,
);
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB: split the routes that load before sign-in`);
  process.exit(1);
}
