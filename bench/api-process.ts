/** The built API as a child process for a bench scenario, on its own database. */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { maintenanceUrl } from './common';

const REPO = resolve(__dirname, '../../..');

/** A process's resident memory, in MB. */
export const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Drops and creates the scenario's database. */
export async function freshDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** Starts `api/dist/…/main.js` in demo mode on `port` and `url`; resolves once it says it is ready. */
export function startBuiltApi(port: number, url: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(REPO, 'api/dist/api/src/main.js')], {
      cwd: REPO,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: url,
        JWT_SECRET: 'bench-only-secret-0123456789abcdefghijklmnop',
        TRAJECT_DEMO: '1',
        TRAJECT_JOBS: '0',
        MFA_REQUIRED: 'none',
        LOG_REQUESTS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => fail(new Error(`API did not start:\n${output}`)), 180_000);
    child.stdout!.on('data', (d) => {
      output += d;
      if (/Traject ready/.test(output)) {
        clearTimeout(timer);
        done(child);
      }
    });
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (code) => fail(new Error(`API exited (${code}):\n${output}`)));
  });
}
