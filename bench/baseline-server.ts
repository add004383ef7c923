/**
 * The floor a Node process can reach for the organisations list page: a bare node:http server and a
 * pg Pool (as many connections as the API's pool), no framework, no authentication, no mapping.
 *
 * It runs the SAME SQL the API runs for the page: at start it asks the API's own list code
 * (parseListQuery + fetchPage on the Organisation query builder) for it, capturing the two statements
 * TypeORM sends (the page and the count), then serves them with plain `pool.query` in parallel, as
 * fetchPage does, answering the rows as JSON with a Content-Range header.
 *
 *   PORT=3902 DATABASE_URL=... LIST_PARAMS='{"filter":"...","sort":"...","range":"..."}' node bench/dist/bench/baseline-server.js
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { DataSource, Logger } from 'typeorm';
import { fetchPage } from '../api/src/common/list/list-page';
import { parseListQuery } from '../api/src/common/list/list-query';
import { dataSourceOptions } from '../api/src/database/data-source.options';
import { Organisation } from '../api/src/organisations/organisation.entity';
import { organisationsList } from '../api/src/organisations/organisations.list';
import { DEFAULT_DB_URL } from './common';

export interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

/** The statements the API's list code sends for these list parameters (run once, against the same database). */
export async function listStatements(url: string, params: Record<string, string>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  let capturing = false;
  const logger: Logger = {
    logQuery: (sql, parameters) =>
      void (capturing && captured.push({ sql, parameters: (parameters as unknown[]) ?? [] })),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const dataSource = new DataSource({ ...dataSourceOptions(url), migrationsRun: false, logger, extra: { max: 2 } });
  await dataSource.initialize();
  try {
    capturing = true;
    await fetchPage(
      dataSource.getRepository(Organisation).createQueryBuilder('o'),
      parseListQuery(params, organisationsList),
      'o.id',
    );
    capturing = false;
  } finally {
    await dataSource.destroy();
  }
  return captured;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || DEFAULT_DB_URL;
  const port = Number(process.env.PORT || 3902);
  const params = JSON.parse(process.env.LIST_PARAMS || '{}') as Record<string, string>;
  const statements = await listStatements(url, params);
  if (statements.length !== 2)
    throw new Error(`expected the page and the count statements, captured ${statements.length}`);
  const [page, count] = statements[0].sql.includes('COUNT(') ? [statements[1], statements[0]] : statements;
  const { start } = parseListQuery(params, organisationsList).range;

  const pool = new Pool({ connectionString: url, max: 10 });
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/organisations')) {
      res.writeHead(404).end();
      return;
    }
    Promise.all([pool.query(page.sql, page.parameters), pool.query(count.sql, count.parameters)]).then(
      ([rows, total]) => {
        const n = Number(total.rows[0].cnt);
        res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Range': rows.rows.length
            ? `organisations ${start}-${start + rows.rows.length - 1}/${n}`
            : `organisations */${n}`,
        });
        res.end(JSON.stringify(rows.rows));
      },
      (error: Error) => {
        res.writeHead(500).end(error.message);
      },
    );
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1', () => {
    console.log(JSON.stringify({ ready: true, port, page, count }));
  });
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
