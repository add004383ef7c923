/**
 * The import boundaries of README "Where things are", as one ESLint rule (no plugin knows this layout):
 * - api/src/domain/ (the domain core) imports only itself: no package, no Node built-in, no other folder;
 * - api/src/common/ imports no concept (only common/, domain/, config/ and packages);
 * - a file under api/src/<concept>/ imports common/, domain/, config/, its own concept and another
 *   concept's public files: its query files (`<name>.queries.ts`, functions on a caller's transaction) and its
 *   `index.ts` (the services, DTOs and list specs it lets others use), nothing else of it; the platform services
 *   every concept writes through publish one file each (PLATFORM: the audit trail, the job queue, the outbox and
 *   its templates, the notifier), and a Nest module may import another concept's module (that is how Nest shares
 *   providers);
 * - the console (admin/src) reaches into the API only for the domain core.
 * Wiring that assembles every concept (app module and factory, main, a command-line entry point `*.cli.ts`,
 * database/, docs/, seed/) is exempt.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const apiSrc = path.join(root, 'api/src');
const SHARED = new Set(['common', 'domain', 'config']);
const WIRING = new Set(['database', 'docs', 'seed']);
/** The one public file of each platform service (path under api/src, without extension). */
const PLATFORM = new Set([
  'audit/audit-trail',
  'jobs/jobs',
  'mail/outbox',
  'mail/templates',
  'mail/mail-template',
  'notifications/notifier',
]);

/** The folder right under api/src a path is in ('' for api/src's own files, null outside api/src). */
function topFolder(file) {
  const relative = path.relative(apiSrc, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  // A folder imported by its index (`../domain`) is that folder.
  return parts.length === 1 &&
    !/\.\w+$/.test(parts[0]) &&
    fs.existsSync(path.join(apiSrc, parts[0])) &&
    fs.statSync(path.join(apiSrc, parts[0])).isDirectory()
    ? parts[0]
    : parts.length === 1
      ? ''
      : parts[0];
}

export function problem(file, target, source) {
  const from = topFolder(file);
  const inAdmin = !path.relative(path.join(root, 'admin/src'), file).startsWith('..');
  if (inAdmin)
    return topFolder(target) !== null && topFolder(target) !== 'domain'
      ? 'the console imports only the domain core from api/src'
      : null;
  if (from === null || from === '' || WIRING.has(from) || /\.cli\.ts$/.test(file)) return null;
  if (from === 'domain') {
    if (!source.startsWith('.')) return `the domain core imports no package or Node built-in ('${source}')`;
    return topFolder(target) === 'domain' ? null : 'the domain core imports only itself';
  }
  if (!source.startsWith('.')) return null;
  const to = topFolder(target);
  if (to === null || to === from || SHARED.has(to)) return null;
  if (from === 'common') return `common/ knows no concept (imports ${to}/)`;
  if (/\.queries$/.test(path.basename(target).replace(/\.tsx?$/, ''))) return null;
  const imported = path
    .relative(apiSrc, target)
    .replace(/\.tsx?$/, '')
    .split(path.sep)
    .join('/');
  if (imported === to || imported === `${to}/index`) return null;
  if (PLATFORM.has(imported)) return null;
  if (/\.module\.ts$/.test(file) && /\.module$/.test(target)) return null;
  return `a concept imports another concept only through its public files (${to}/index.ts, ${to}/*.queries.ts), not ${imported}`;
}

export const traject = {
  rules: {
    // No rule is switched off without saying why on the same line: `// eslint-disable-next-line rule -- reason`.
    'disable-reason': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          Program() {
            for (const comment of context.sourceCode.getAllComments()) {
              if (/^\s*eslint-disable/.test(comment.value) && !/ -- \S/.test(comment.value)) {
                context.report({
                  loc: comment.loc,
                  message:
                    'say why the rule is disabled on the same line: `eslint-disable-next-line <rule> -- <reason>`',
                });
              }
            }
          },
        };
      },
    },
    imports: {
      meta: {
        type: 'problem',
        schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } } }],
      },
      create(context) {
        const file = context.filename;
        const allowed = new Set(context.options[0]?.allow ?? []);
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string') return;
          const target = source.startsWith('.') ? path.resolve(path.dirname(file), source) : source;
          const message = problem(file, target, source);
          const crossing = `${path.relative(root, file)} -> ${source.startsWith('.') ? path.relative(root, target) : source}`;
          if (message && !allowed.has(crossing)) context.report({ node: node.source, message });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};
