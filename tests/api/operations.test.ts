import { spawn, spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '../support/database';
import { MAIN, ROOT, startServer } from '../support/server';

const SECRET = 'operations-test-secret-0123456789abcdef';
const signIn = (url: string, email: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

/** Traject as operators run it: the built program, its environment, its signals. */
describe('running Traject', () => {
  it('refuses to start with DATABASE_URL but no JWT_SECRET, saying why', () => {
    const run = spawnSync(process.execPath, [MAIN], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: 'postgres://x@127.0.0.1:1/x', JWT_SECRET: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/JWT_SECRET is required when DATABASE_URL is set/);
  });

  it('creates the first admin from the environment, and no demo users outside demo mode', async () => {
    const server = await startServer({
      TRAJECT_DEMO: '0',
      TRAJECT_ADMIN_EMAIL: 'ops@hub.brussels',
      TRAJECT_ADMIN_PASSWORD: 'first admin password',
    });
    try {
      expect((await signIn(server.url, 'ops@hub.brussels', 'first admin password')).status).toBe(200);
      expect((await signIn(server.url, 'advisor@demo.traject.brussels', 'traject-demo-2026')).status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it('`npm run create-admin` makes an admin who can sign in', async () => {
    const database = await createTestDatabase();
    try {
      const run = spawnSync(
        'npm',
        ['run', '-s', 'create-admin', '--', '--email', 'it@hub.brussels', '--name', 'IT Desk'],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            JWT_SECRET: SECRET,
            TRAJECT_ADMIN_PASSWORD: 'created by the command',
          },
          encoding: 'utf8',
        },
      );
      expect(run.stdout).toMatch(/Admin it@hub.brussels created/);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query(`SELECT full_name, role, active FROM users`);
      await client.end();
      expect(rows).toEqual([{ full_name: 'IT Desk', role: 'admin', active: true }]);
    } finally {
      await database.drop();
    }
  });

  it('on SIGTERM it finishes the requests in flight, then exits cleanly', async () => {
    const server = await startServer();
    // A sign-in whose body is only half sent when the signal arrives: it is truly in flight.
    const body = JSON.stringify({ email: 'manager@demo.traject.brussels', password: 'traject-demo-2026' });
    const { port } = new URL(server.url);
    const answer = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/auth/login',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      req.on('socket', (socket) =>
        socket.on('connect', async () => {
          const code = server.stop('SIGTERM');
          await new Promise((r) => setTimeout(r, 300));
          req.end(body.slice(10));
          stopped = code;
        }),
      );
    });
    let stopped: Promise<number | null> | undefined;
    expect(await answer).toBe(200);
    expect(await stopped).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: Traject is stopping/);
  });

  it('with no DATABASE_URL it starts its own PostgreSQL, prints the address and demo sign-ins, and stops it on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'traject-embedded-'));
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        JWT_SECRET: '',
        TRAJECT_DEMO: '',
        PORT: '0',
        TRAJECT_DATA_DIR: dataDir,
        LOG_REQUESTS: '0',
      },
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (!/Traject ready/.test(output) && Date.now() < deadline && child.exitCode === null)
      await new Promise((r) => setTimeout(r, 200));
    expect(output).toMatch(
      /Traject ready in [\d.]+ s at http:\/\/localhost:\d+\/.*embedded PostgreSQL.*advisor advisor@demo\.traject\.brussels/,
    );
    const url = /at (http:\/\/localhost:\d+)\//.exec(output)![1];
    expect((await signIn(url, 'advisor@demo.traject.brussels', 'traject-demo-2026')).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The embedded server is gone: nothing answers on its data directory's postmaster any more.
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(true);
  }, 90_000);
});
