import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../api/src/database/embedded-postgres.launcher';
import { createTestDatabase } from './database';

export const ROOT = join(__dirname, '..', '..');
export const MAIN = join(ROOT, 'api', 'dist', 'api', 'src', 'main.js');

export interface RunningServer {
  url: string;
  databaseUrl: string;
  process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The built Traject (`npm run build`) as its own process, the way `npm start` runs it,
 * on a fresh database of the test server. Demo users unless env says otherwise.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  // With a given database (several processes on one, a restored backup), the caller owns it.
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: database.url,
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      TRAJECT_DEMO: '1',
      LOG_REQUESTS: '0',
      // Suites that test the second factor ask for it; the others sign the demo admin in with the password alone.
      MFA_REQUIRED: 'none',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a busy 2-core machine migrations and the demo data can take a while.
  const deadline = Date.now() + 90_000;
  while (!/Traject ready/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await database.drop();
      throw new Error(`Traject did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    databaseUrl: database.url,
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      const code = await exited;
      await database.drop();
      return code;
    },
  };
}
