import { Client } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { migrations } from '../../migrations';
import { BRUSSELS_MUNICIPALITIES } from '../../api/src/domain/municipalities';
import { createTestDatabase } from '../support/database';

/**
 * A database upgraded one release at a time must end up identical to one migrated in one run: same
 * tables, columns, constraints, indexes, functions, triggers and privileges (read from the catalog).
 */
type Database = Awaited<ReturnType<typeof createTestDatabase>>;

async function migrate(url: string, list: Array<new () => MigrationInterface>): Promise<void> {
  const db = new DataSource({ type: 'postgres', url, migrations: list, migrationsTransactionMode: 'each', logging: false });
  await db.initialize();
  await db.runMigrations();
  await db.destroy();
}

async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** What a schema is made of, one sorted line per object, from the catalog. */
async function schemaOf(url: string): Promise<Record<string, string[]>> {
  const queries: Record<string, string> = {
    columns: `SELECT table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type || '/' || udt_name || ' null=' || is_nullable
                     || ' default=' || coalesce(column_default, '-') || ' generated=' || coalesce(generation_expression, '-') AS line
                FROM information_schema.columns WHERE table_schema = 'public'`,
    statistics: `SELECT c.relname || '.' || a.attname || ' ' || a.attstattarget AS line FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND a.attstattarget IS NOT NULL AND a.attstattarget >= 0`,
    constraints: `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
    indexes: `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public'`,
    functions: `SELECT pg_get_functiondef(p.oid) AS line FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
    triggers: `SELECT pg_get_triggerdef(t.oid) AS line FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal`,
    views: `SELECT viewname || ' ' || definition AS line FROM pg_views WHERE schemaname = 'public'`,
    privileges: `SELECT relname || ' ' || relkind::text || ' ' || coalesce(relacl::text, '-') AS line FROM pg_class WHERE relnamespace = 'public'::regnamespace`,
    types: `SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    extensions: `SELECT extname AS line FROM pg_extension`,
  };
  const schema: Record<string, string[]> = {};
  for (const [part, query] of Object.entries(queries)) schema[part] = (await sql<{ line: string }>(url, query)).map((row) => row.line).sort();
  return schema;
}

const auditQuietList = async (url: string) =>
  (await sql<{ quiet: string }>(url, `SELECT (regexp_match(pg_get_functiondef('audit_row()'::regprocedure), 'quiet text\\[\\] := (ARRAY\\[[^]]*\\])'))[1] AS quiet`))[0].quiet;

describe('migrations as history', () => {
  const databases: Database[] = [];
  let oneRun: Database;
  let expected: Record<string, string[]>;

  beforeAll(async () => {
    oneRun = await createTestDatabase();
    databases.push(oneRun);
    await migrate(oneRun.url, migrations);
    expected = await schemaOf(oneRun.url);
  });

  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it('a database migrated one migration at a time is identical to one migrated in one run', async () => {
    const stepwise = await createTestDatabase();
    databases.push(stepwise);
    for (let count = 1; count <= migrations.length; count++) await migrate(stepwise.url, migrations.slice(0, count));
    expect(await schemaOf(stepwise.url)).toEqual(expected);
  });

  it('a database migrated before AddSearchColumns was edited (audit quiet list of 9 columns) is repaired', async () => {
    const upgraded = await createTestDatabase();
    databases.push(upgraded);
    const milestones = migrations.findIndex((migration) => migration.name === 'AddCaseMilestones1764892800000');
    await migrate(upgraded.url, migrations.slice(0, milestones + 1));
    // The list that AddSearchColumns wrote when it landed, before first_meeting_on/first_referral_on were added to it.
    const [{ definition }] = await sql<{ definition: string }>(upgraded.url, `SELECT pg_get_functiondef('audit_row()'::regprocedure) AS definition`);
    const historic = `quiet text[] := ARRAY['created_at', 'updated_at', 'version', 'password_hash', 'token_version', 'last_login_at', 'renewal_task_at', 'search_folded', 'search_words'];`;
    await sql(upgraded.url, definition.replace(/quiet text\[\] := ARRAY\[[^\]]*\];/, historic));
    expect(await auditQuietList(upgraded.url)).not.toContain('first_meeting_on');

    await migrate(upgraded.url, migrations);
    expect(await auditQuietList(upgraded.url)).toContain(`'first_meeting_on', 'first_referral_on'`);
    expect(await schemaOf(upgraded.url)).toEqual(expected);
  });

  it('the migrated reference data is the domain core\'s list of municipalities', async () => {
    const rows = await sql<{ nis_code: string; name_fr: string; name_nl: string; postcodes: string[] }>(oneRun.url, `SELECT nis_code, name_fr, name_nl, postcodes FROM municipalities ORDER BY nis_code`);
    expect(rows.map((row) => [row.nis_code, row.name_fr, row.name_nl, row.postcodes])).toEqual([...BRUSSELS_MUNICIPALITIES].sort(([a], [b]) => a.localeCompare(b)));
  });
});
