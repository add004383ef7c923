#!/usr/bin/env node
// `npm run dev`: the API rebuilt and restarted on change, and Vite serving the console with reload (proxying /api).
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const run = (cmd, args) =>
  spawn(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { NODE_ENV: 'development', ...process.env, TRAJECT_API_PORT: process.env.PORT || '3000' },
  });
const children = [
  run('npx', ['tsc', '-p', 'api/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run('node', ['--watch-path=api/dist', 'api/dist/api/src/main.js']),
  run('npm', ['run', 'dev', '-w', 'admin']),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
