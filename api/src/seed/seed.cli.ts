import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app.config';
import { dataSourceOptions } from '../database/data-source.options';
import { startEmbeddedPostgres } from '../database/embedded-postgres.launcher';
import { demoUsers, seedDemoOrganisations, seedFirstUsers } from './demo-data';
import { seedDemoJourney } from './demo-journey';

/** `npm run seed`: the demo users (on a database without users) and the demo register (when empty). */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET || 'x'.repeat(32) });
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const db = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url));
  try {
    await db.initialize();
    const users = await db.transaction((manager) => seedFirstUsers(manager, demoUsers()));
    const organisations = await db.transaction(async (manager) => {
      const created = await seedDemoOrganisations(manager);
      if (created) await seedDemoJourney(manager);
      return created;
    });
    console.log(
      `Demo users created: ${users.length || 'none (the database already has users)'}; demo organisations created: ${organisations || 'none (the register is not empty)'}.`,
    );
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
