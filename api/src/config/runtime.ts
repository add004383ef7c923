import type { AppConfig } from './app.config';

/** The configuration once the database and the signing secret are settled (database/runtime.ts settles them). */
export type RuntimeConfig = AppConfig & { databaseUrl: string; jwtSecret: string };
