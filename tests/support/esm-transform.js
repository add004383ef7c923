// Jest runs the API in its CommonJS runtime, which cannot load ESM-only packages (pg-boss, openid-client,
// oidc-provider, file-type and their dependencies). This transformer compiles exactly those files (an .mjs
// file, or a .js file whose nearest package.json says "type": "module") to CommonJS; any other file passes
// through untouched. Node itself loads them natively at run time.
const { readFileSync, existsSync } = require('node:fs');
const { dirname, join } = require('node:path');
const ts = require('typescript');

const typeOfDir = new Map();
function packageType(dir) {
  if (typeOfDir.has(dir)) return typeOfDir.get(dir);
  const file = join(dir, 'package.json');
  let type;
  if (existsSync(file)) {
    try {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      type = json.type === 'module' ? 'module' : json.name || json.type ? 'commonjs' : undefined;
    } catch {
      type = undefined;
    }
  }
  if (type === undefined) {
    const parent = dirname(dir);
    type = parent === dir ? 'commonjs' : packageType(parent);
  }
  typeOfDir.set(dir, type);
  return type;
}

function isEsm(path) {
  if (path.endsWith('.mjs')) return true;
  if (path.endsWith('.cjs')) return false;
  return packageType(dirname(path)) === 'module';
}

module.exports = {
  getCacheKey(source, path) {
    return require('node:crypto').createHash('sha1').update('esm-v1').update(path).update(source).digest('hex');
  },
  process(source, path) {
    if (!isEsm(path)) return { code: source };
    const code = source
      .replace(/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename).href")
      .replace(/\bimport\.meta\.dirname\b/g, '__dirname')
      .replace(/\bimport\.meta\.filename\b/g, '__filename');
    const out = ts.transpileModule(code, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
      },
      fileName: path.replace(/\.mjs$/, '.js'),
    });
    return { code: out.outputText };
  },
};
