import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Response } from 'express';
import { Condition, ListQuery } from './list-query';
import { searchMatch, searchParameter } from './text-search';

export interface ListPage<T> {
  rows: T[];
  total: number;
  /** True when `total` is an estimate (a searched or own-records list with more than {@link EXACT_TOTAL_UP_TO} rows). */
  estimated?: boolean;
}

/** A searched or own-records list counts its rows exactly up to this many; above, its total is an estimate (see {@link fetchPage}). */
export const EXACT_TOTAL_UP_TO = 1000;

/** The response header that says the total in Content-Range is an estimate (README, OpenAPI). */
const ESTIMATED_TOTAL_HEADER = 'X-Total-Estimated';

/** Adds the list's conditions to a query builder as bound parameters (never spliced into SQL). */
export function applyConditions<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  conditions: Condition[],
): SelectQueryBuilder<T> {
  conditions.forEach((condition, i) => {
    const p = `lq${i}`;
    switch (condition.kind) {
      case 'any':
        qb.andWhere(`${condition.column} = ANY(:${p})`, { [p]: condition.values });
        break;
      case 'overlap':
        qb.andWhere(`${condition.column} && :${p}::${condition.items}[]`, { [p]: condition.values });
        break;
      case 'gte':
        qb.andWhere(`${condition.column} >= :${p}`, { [p]: condition.value });
        break;
      case 'lte':
        // A bare date as upper bound of a timestamp means "up to the end of that day".
        if (condition.type === 'datetime' && /T00:00:00\.000Z$/.test(String(condition.value))) {
          qb.andWhere(`${condition.column} < (:${p})::timestamptz + interval '1 day'`, { [p]: condition.value });
        } else {
          qb.andWhere(`${condition.column} <= :${p}`, { [p]: condition.value });
        }
        break;
      case 'null':
        qb.andWhere(`${condition.column} IS ${condition.isNull ? '' : 'NOT '}NULL`);
        break;
      case 'search':
        qb.andWhere(searchMatch(condition.search, `:${p}`), { [p]: searchParameter(condition.search, condition.text) });
        break;
      case 'sql':
        qb.andWhere(condition.sql, condition.params);
        break;
    }
  });
  return qb;
}

/**
 * One query for the page and one for the total, ordered with the id as tie-breaker so pages never overlap.
 *
 * With `q`, the exact total was the cost: a common word matches 87,000-160,000 of 500,000 meeting notes,
 * and counting them took 0.3-0.5 s. So a searched list counts its matches only up to
 * {@link EXACT_TOTAL_UP_TO} (`SELECT count(*) FROM (… LIMIT 1001)`, which stops at the 1,001st match);
 * above that its total is estimated from a sample of the table's pages (see {@link estimateRows}),
 * rounded to two significant figures, never below 1,001, and the page says so with `X-Total-Estimated: true`.
 *
 * A list limited to the caller's own records (an advisor's meetings: written by them, with them, or of an
 * organisation of one of their cases) is counted the same way: an advisor of the bench reads 22,600 of 500,000
 * meetings, and counting them exactly took 0.5-0.8 s (the capped count: 20-35 ms; the estimate: 35 ms).
 *
 * PostgreSQL cannot tell how common a searched word is when planning the page either, so for a page
 * sorted by date it walks the date index looking for matches: right for a common word, but for a rare
 * one it reads the whole table (seconds among 500,000 meetings; 3 s for an advisor with no meetings). When the
 * capped count says the matches are few, the page is read with index walks turned off for that one statement: the matches come through
 * the search index and are sorted.
 */
export async function fetchPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  idColumn: string,
): Promise<ListPage<T>> {
  applyConditions(qb, query.conditions);
  const capped = query.conditions.some(
    (condition) => condition.kind === 'search' || (condition.kind === 'sql' && condition.capped),
  );
  const matching = capped ? qb.clone().select(idColumn).getQueryAndParameters() : undefined;
  qb.orderBy(query.sort.column, query.sort.order, query.sort.order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
    .addOrderBy(idColumn, query.sort.order)
    .offset(query.range.start)
    .limit(query.range.end - query.range.start + 1);
  if (!matching) {
    const [rows, total] = await Promise.all([qb.getMany(), qb.getCount()]);
    return { rows, total };
  }
  const [sql, parameters] = matching;
  const [{ n }] = (await qb.connection.query(
    `SELECT count(*)::int AS n FROM (${sql} LIMIT ${EXACT_TOTAL_UP_TO + 1}) AS matching`,
    parameters,
  )) as Array<{ n: number }>;
  if (n > EXACT_TOTAL_UP_TO) {
    const [rows, total] = await Promise.all([qb.getMany(), estimateRows(qb, sql, parameters)]);
    return { rows, total, estimated: true };
  }
  const total = n;
  if (total === 0 || total <= query.range.start) return { rows: [], total };
  const rows = await qb.connection.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_indexscan = off');
    return qb.clone().setQueryRunner(manager.queryRunner!).getMany();
  });
  return { rows, total };
}

/** About this many rows are read to estimate a total: a 20,000-row sample of 500,000 meetings is 4% of their pages. */
const SAMPLE_ROWS = 20_000;

/**
 * The matches of a query, estimated from a sample of the table's pages (`TABLESAMPLE SYSTEM`, the same
 * pages each time: `REPEATABLE`), every condition applied, scaled up; rounded to two significant figures.
 * The planner's own estimate is no use here: for a word prefix (`cooperative:*`) it guesses 2% of the
 * rows whatever the word.
 */
async function estimateRows(
  qb: SelectQueryBuilder<ObjectLiteral>,
  sql: string,
  parameters: unknown[],
): Promise<number> {
  const { tablePath, name } = qb.expressionMap.mainAlias!;
  const from = `FROM "${tablePath}" "${name}"`;
  const [{ rows }] = (await qb.connection.query(
    `SELECT greatest(reltuples, 1)::float8 AS rows FROM pg_class WHERE oid = to_regclass($1)`,
    [tablePath],
  )) as Array<{ rows: number }>;
  const percent = Math.min(100, Math.max(0.01, (100 * SAMPLE_ROWS) / rows));
  // Should the query builder ever write its FROM differently, the whole table is counted: exact, slower.
  const sampled = sql.includes(from)
    ? sql.replace(from, `${from} TABLESAMPLE SYSTEM (${percent.toFixed(4)}) REPEATABLE (0)`)
    : sql;
  const [{ n }] = (await qb.connection.query(
    `SELECT count(*)::int AS n FROM (${sampled}) AS sampled`,
    parameters,
  )) as Array<{ n: number }>;
  return roughTotal(sampled === sql ? n : (n * 100) / percent);
}

/** 87,345 → 87,000; never at or below the exact range (the capped count found more than that). */
export function roughTotal(estimate: number): number {
  const floor = EXACT_TOTAL_UP_TO + 1;
  if (!Number.isFinite(estimate) || estimate <= floor) return floor;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(estimate)) - 1);
  return Math.max(floor, Math.round(estimate / unit) * unit);
}

/** Sets `Content-Range: {resource} first-last/total` (or `*\/0`) as ra-data-simple-rest reads it. */
export function setContentRange(res: Response, resource: string, query: ListQuery, page: ListPage<unknown>): void {
  const { start } = query.range;
  const value =
    page.rows.length === 0
      ? `${resource} */${page.total}`
      : `${resource} ${start}-${start + page.rows.length - 1}/${page.total}`;
  res.setHeader('Content-Range', value);
  if (page.estimated) res.setHeader(ESTIMATED_TOTAL_HEADER, 'true');
  res.setHeader('Access-Control-Expose-Headers', `Content-Range, ${ESTIMATED_TOTAL_HEADER}`);
}
