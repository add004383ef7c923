import { hashPassword, passwordWeakness } from '../auth';
import { createInterface } from 'node:readline/promises';
import { DataSource } from 'typeorm';
import { loadConfig, MIN_PASSWORD_LENGTH } from '../config/app.config';
import { dataSourceOptions } from '../database/data-source.options';
import { startEmbeddedPostgres } from '../database/embedded-postgres.launcher';

/**
 * `npm run create-admin -- --email ops@hub.brussels --name "Ops"`: creates an admin, or makes an
 * existing user an active admin with a new password. The password comes from
 * TRAJECT_ADMIN_PASSWORD or is asked for; it is never a built-in one.
 */
async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);
  const email = args.get('email')?.trim();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new Error('usage: npm run create-admin -- --email someone@hub.brussels [--name "Full Name"]');
  const password =
    process.env.TRAJECT_ADMIN_PASSWORD ||
    (await ask(`Password for ${email} (at least ${MIN_PASSWORD_LENGTH} characters): `));
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  const weakness = passwordWeakness(password, { email, fullName: args.get('name') });
  if (weakness) throw new Error(`The password is refused: ${weakness.message}`);

  const config = loadConfig({ ...process.env, TRAJECT_ADMIN_EMAIL: '', TRAJECT_ADMIN_PASSWORD: '' });
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const db = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url));
  try {
    await db.initialize();
    const [row] = await db.query(
      `INSERT INTO users (email, full_name, role, language, password_hash)
       VALUES ($1, $2, 'admin', 'en', $3)
       ON CONFLICT ((lower(email))) DO UPDATE
         SET role = 'admin', active = true, password_hash = EXCLUDED.password_hash,
             token_version = users.token_version + 1, version = users.version + 1, updated_at = now()
       RETURNING (xmax = 0) AS created`,
      [email, args.get('name') ?? 'Administrator', await hashPassword(password)],
    );
    console.log(row.created ? `Admin ${email} created.` : `${email} is now an active admin with the new password.`);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
