import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../api/src/app.factory';
import { SignInCache } from '../../api/src/auth/sign-in-cache';
import { loadConfig } from '../../api/src/config/app.config';
import type { RuntimeConfig } from '../../api/src/config/runtime';
import { DEMO_PASSWORD, DEMO_USERS } from '../../api/src/seed/demo-users';
import type { Role } from '../../api/src/domain/roles';
import { createTestDatabase } from './database';
import { DataSource } from 'typeorm';
import { demoUsers, seedFirstUsers } from '../../api/src/seed/demo-data';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApi {
  app: INestApplication;
  http: TestAgent;
  config: RuntimeConfig;
  /** A direct connection to the test database, to check rows the API wrote. */
  sql(text: string, params?: unknown[]): Promise<any[]>;
  /** The access token of the demo user with this role (advisor, advisor2, coordinator, manager, admin). */
  token(who: Role | 'advisor2'): Promise<string>;
  close(): Promise<void>;
}

/**
 * The whole application in this process (real guards, validation, database) on a fresh
 * database with the demo users (and the demo register only when asked), reached over HTTP with supertest.
 */
export async function startApi(
  env: Record<string, string> = {},
  options: { demoRegister?: boolean } = {},
): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = {
    ...loadConfig({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_SECRET,
      TRAJECT_DEMO: options.demoRegister ? '1' : '0',
      TRAJECT_JOBS: '0',
      LOG_REQUESTS: '0',
      LOGIN_FAILURE_DELAY_MS: '0',
      MFA_REQUIRED: 'none',
      EXPENSIVE_REQUESTS_PER_MINUTE: '1000000',
      API_DOCS: 'public',
      ...env,
    }),
  } as RuntimeConfig;
  const app = await createApp(config, ['error']);
  await app.init();
  const http = request(app.getHttpServer());
  const client = new Client({ connectionString: database.url });
  await client.connect();
  // Every test gets the demo colleagues; only those asking for it get the demo register.
  if (!options.demoRegister) await app.get(DataSource).transaction((manager) => seedFirstUsers(manager, demoUsers()));
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    config,
    // A change made behind the API's back reaches its kept sign-ins by the database's announcement: waited for,
    // so that the next request sees it (sign-in-cache.ts).
    sql: async (text, params) => {
      const { rows } = await client.query(text, params);
      await app.get(SignInCache).announced();
      return rows;
    },
    token: async (who) => {
      if (!tokens.has(who)) {
        const email =
          who === 'advisor2' ? 'advisor2@demo.traject.brussels' : DEMO_USERS.find((u) => u.role === who)!.email;
        const res = await http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
        if (res.status !== 200) throw new Error(`sign-in as ${who} failed: ${res.status} ${JSON.stringify(res.body)}`);
        tokens.set(who, res.body.accessToken);
      }
      return tokens.get(who)!;
    },
    close: async () => {
      await client.end();
      await app.close();
      await database.drop();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export type DemoRole = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';

/** Bearer headers for every demo colleague, and their user ids by e-mail name (`advisor`, `advisor2`, …). */
export async function demoColleagues(
  api: TestApi,
): Promise<{ as: Record<DemoRole, { Authorization: string }>; ids: Record<string, string> }> {
  const roles: DemoRole[] = ['advisor', 'advisor2', 'coordinator', 'manager', 'admin'];
  const as = Object.fromEntries(
    await Promise.all(roles.map(async (role) => [role, bearer(await api.token(role))])),
  ) as Record<DemoRole, { Authorization: string }>;
  const ids = Object.fromEntries(
    (await api.sql(`SELECT id, email FROM users`)).map((u: { id: string; email: string }) => [
      u.email.split('@')[0],
      u.id,
    ]),
  );
  return { as, ids };
}
