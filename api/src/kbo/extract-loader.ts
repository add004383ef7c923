import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { checkHeader, LoadStep } from './extract-files';
import { ExtractZip, HeaderCheck } from './extract-zip';

interface StepProgress {
  step: number;
  steps: number;
  entry: string;
  bytesDone: number;
  bytesTotal: number;
}

/**
 * Pours the steps of a load into PostgreSQL with COPY, inside the caller's transaction.
 * - `replace` (full extract, and code.csv always): into a fresh copy of the table, whose indexes are
 *   built once the rows are in, then swapped for the live table; readers see the previous rows until
 *   the transaction commits.
 * - `delete` (update): the keys are copied into a temporary table, then every row with one goes.
 * - `insert` (update): copied straight into the live table.
 * Dates are read day-month-year (the cookbook's dd-mm-yyyy); an empty value, quoted or not, is NULL.
 * Returns the rows each step wrote or removed.
 */
export async function pourSteps(
  client: PoolClient,
  zip: ExtractZip,
  steps: LoadStep[],
  onProgress: (progress: StepProgress) => void,
  beforeSwaps: () => Promise<unknown> = async () => undefined,
): Promise<Record<string, number>> {
  await client.query(`SET LOCAL datestyle = 'ISO, DMY'`);
  // The pool's 30 s limit is for requests: a national file's COPY or index build takes minutes.
  await client.query(`SET LOCAL statement_timeout = 0`);
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  const counts: Record<string, number> = {};
  const bytesTotal = steps.reduce((sum, step) => sum + zip.size(step.entry), 0);
  let bytesDone = 0;
  for (const [index, step] of steps.entries()) {
    const progress = (bytes: number) => {
      bytesDone += bytes;
      onProgress({ step: index + 1, steps: steps.length, entry: step.entry, bytesDone, bytesTotal });
    };
    const key = `${step.file.name}${step.action === 'replace' ? '' : `_${step.action}`}`;
    counts[key] = await pourStep(client, zip, step, progress);
  }
  await beforeSwaps();
  // Only now are the live tables locked (DROP, RENAME): readers see the previous extract until here,
  // then wait the few moments the swaps and the commit take, instead of the whole load.
  for (const step of steps) if (step.action === 'replace') await swapIn(client, step.file.table);
  return counts;
}

async function pourStep(
  client: PoolClient,
  zip: ExtractZip,
  step: LoadStep,
  progress: (bytes: number) => void,
): Promise<number> {
  const { table } = step.file;
  const columns = step.action === 'delete' ? [step.file.columns[0][1]] : step.file.columns.map(([, column]) => column);
  let target = table;
  if (step.action === 'replace') {
    target = `${table}_next`;
    await client.query(`DROP TABLE IF EXISTS ${target}`);
    await client.query(`CREATE TABLE ${target} (LIKE ${table} INCLUDING DEFAULTS INCLUDING GENERATED)`);
  } else if (step.action === 'delete') {
    target = `${table}_gone`;
    await client.query(`CREATE TEMPORARY TABLE ${target} (${columns[0]} text) ON COMMIT DROP`);
  }
  const list = columns.join(', ');
  const copy = client.query(
    copyFrom(`COPY ${target} (${list}) FROM STDIN WITH (FORMAT csv, HEADER true, FORCE_NULL (${list}))`),
  );
  await pipeline(await zip.stream(step.entry), new HeaderCheck((line) => checkHeader(step, line), progress), copy);
  const copied = Number(copy.rowCount ?? 0);

  if (step.action === 'delete') {
    const key = step.file.deleteKey ?? columns[0];
    const result = await client.query(
      `DELETE FROM ${table} t USING (SELECT DISTINCT ${columns[0]} AS key FROM ${target}) g WHERE t.${key} = g.key`,
    );
    return result.rowCount ?? 0;
  }
  if (step.action === 'replace') await indexCopy(client, table);
  return copied;
}

const indexesOf = async (client: PoolClient, table: string) =>
  (
    await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
      [table],
    )
  ).rows;

/** Builds the live table's indexes on its fresh copy and gathers its statistics (the live table untouched). */
export async function indexCopy(client: PoolClient, table: string): Promise<void> {
  const next = `${table}_next`;
  for (const { indexname, indexdef } of await indexesOf(client, table)) {
    const definition = indexdef.replace(
      /^CREATE (UNIQUE )?INDEX \S+ ON \S+ /,
      (_all, unique: string | undefined) => `CREATE ${unique ?? ''}INDEX ${indexname}_next ON ${next} `,
    );
    await client.query(definition);
  }
  await client.query(`ANALYZE ${next}`);
}

/** Puts the fresh copy in the live table's place under its name, with its indexes' names. */
export async function swapIn(client: PoolClient, table: string): Promise<void> {
  const indexes = await indexesOf(client, table);
  await client.query(`DROP TABLE ${table}`);
  await client.query(`ALTER TABLE ${table}_next RENAME TO ${table}`);
  for (const { indexname } of indexes) await client.query(`ALTER INDEX ${indexname}_next RENAME TO ${indexname}`);
}
