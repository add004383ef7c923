/**
 * Fails when tools/boundary-allowlist.mjs lists a crossing that no longer exists (its file gone, the import no
 * longer there, or the rule now allowing it), so that the list only shrinks: run by `npm run lint` after ESLint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BOUNDARY_ALLOWLIST } from './boundary-allowlist.mjs';
import { problem } from './eslint-boundaries.mjs';

const root = path.resolve(import.meta.dirname, '..');
const SOURCES = /(?:from|import)\s*\(?\s*'([^']+)'/g;

/** The crossings a file makes today, as the allowlist writes them. */
function crossingsOf(file) {
  const absolute = path.join(root, file);
  const text = fs.readFileSync(absolute, 'utf8');
  return [...text.matchAll(SOURCES)]
    .map(([, source]) => ({
      source,
      target: source.startsWith('.') ? path.resolve(path.dirname(absolute), source) : source,
    }))
    .filter(({ source, target }) => problem(absolute, target, source))
    .map(({ source, target }) => (source.startsWith('.') ? path.relative(root, target) : source));
}

const stale = BOUNDARY_ALLOWLIST.filter((line) => {
  const [file, target] = line.split(' -> ');
  return !fs.existsSync(path.join(root, file)) || !crossingsOf(file).includes(target);
});
if (stale.length) {
  console.error(
    `tools/boundary-allowlist.mjs lists crossings that are gone; remove these lines:\n  ${stale.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`boundary allowlist: ${BOUNDARY_ALLOWLIST.length} crossings left, none stale`);
