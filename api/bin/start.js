#!/usr/bin/env node
// `npm start`: builds API and console when a build is missing, then serves them.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..', '..');
const main = join(root, 'api', 'dist', 'api', 'src', 'main.js');
if (!existsSync(main) || !existsSync(join(root, 'admin', 'dist', 'index.html'))) {
  console.log('No build found: running `npm run build` first.');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
require(main);
