import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app.config';
import type { RuntimeConfig } from '../config/runtime';
import { startEmbeddedPostgres } from './embedded-postgres.launcher';

export interface Runtime {
  config: RuntimeConfig;
  embedded: boolean;
  /** Stops what start-up started (the embedded server), after the app has closed. */
  stop(): Promise<void>;
}

/** With DATABASE_URL: that server. Without: the embedded one under dataDir, and a secret kept beside it. */
export async function prepareRuntime(config: AppConfig): Promise<Runtime> {
  if (config.databaseUrl) {
    return { config: config as RuntimeConfig, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres(config.dataDir);
  return {
    config: { ...config, databaseUrl: server.url, jwtSecret: config.jwtSecret ?? keptSecret(config.dataDir) },
    embedded: true,
    stop: () => server.stop(),
  };
}

function keptSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
