import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The test server's URL with another database name. */
export function databaseUrl(name: string): string {
  const url = new URL(process.env.TEST_PG_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, empty database for one test file; dropped by the returned function. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `traject_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: databaseUrl(name),
    drop: async () => {
      const client = new Client({ connectionString: process.env.TEST_PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
