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

/**
 * How a statement of a searched list is written (see {@link fetchPage}): `plain`, as the conditions say;
 * `bySearch`, the caller's own records checked on the rows the search index finds (never an index of their own);
 * `byScope`, the search checked only on rows that are the caller's own (a CASE: PostgreSQL would otherwise test the
 * words first, reading each row's stored words, and no index answers the search).
 */
type Form = 'plain' | 'bySearch' | 'byScope';

const isSearch = (condition: Condition) =>
  condition.kind === 'search' || (condition.kind === 'sql' && condition.search === true);
const isOwnRecords = (condition: Condition) =>
  condition.kind === 'sql' && condition.capped === true && condition.search !== true;

function whereOf(condition: Condition, p: string): [string, ObjectLiteral?] {
  switch (condition.kind) {
    case 'any':
      return [`${condition.column} = ANY(:${p})`, { [p]: condition.values }];
    case 'overlap':
      return [`${condition.column} && :${p}::${condition.items}[]`, { [p]: condition.values }];
    case 'gte':
      return [`${condition.column} >= :${p}`, { [p]: condition.value }];
    case 'lte':
      // A bare date as upper bound of a timestamp means "up to the end of that day".
      if (condition.type === 'datetime' && /T00:00:00\.000Z$/.test(String(condition.value)))
        return [`${condition.column} < (:${p})::timestamptz + interval '1 day'`, { [p]: condition.value }];
      return [`${condition.column} <= :${p}`, { [p]: condition.value }];
    case 'null':
      return [`${condition.column} IS ${condition.isNull ? '' : 'NOT '}NULL`];
    case 'search':
      return [searchMatch(condition.search, `:${p}`), { [p]: searchParameter(condition.search, condition.text) }];
    case 'sql':
      return [condition.sql, condition.params];
  }
}

/** Adds the list's conditions to a query builder as bound parameters (never spliced into SQL). */
export function applyConditions<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  conditions: Condition[],
  form: Form = 'plain',
): SelectQueryBuilder<T> {
  const own = conditions.filter(isOwnRecords).map((condition) => whereOf(condition, ''));
  const ownSql = own.map(([sql]) => `(${sql})`).join(' AND ') || 'true';
  const ownParams = Object.assign({}, ...own.map(([, params]) => params));
  conditions.forEach((condition, i) => {
    const [sql, params] = whereOf(condition, `lq${i}`);
    if (form === 'bySearch' && isOwnRecords(condition)) qb.andWhere(`(${sql}) IS TRUE`, params);
    else if (form === 'byScope' && isSearch(condition))
      qb.andWhere(`(CASE WHEN ${ownSql} THEN ${sql} ELSE false END)`, { ...ownParams, ...params });
    else qb.andWhere(sql, params);
  });
  return qb;
}

/**
 * A list whose search (or, unsearched, whose own-records condition) the planner expects on at most this many rows
 * (and 1% of the table) is counted first; above, it is first estimated from a sample.
 */
const FEW_ROWS = 5_000;
/** A sample showing this many times {@link EXACT_TOTAL_UP_TO} matches is taken as proof that there are more. */
const CLEARLY_MORE = 3;

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
 * Both decide in the cheapest order (README, issue 20, "Searched meetings for an advisor"). The planner knows from the
 * columns' statistics how many rows a word (else the caller's own records) is on. A rare word is counted first through
 * the search index, the caller's own records checked on its rows; a common one (or many own records) is first
 * estimated from the sample, and when the sample
 * shows at least {@link CLEARLY_MORE} times {@link EXACT_TOTAL_UP_TO} matches the capped count is skipped (it had to
 * build the index's whole list of rows for the word, 87,000 for `insertion`: 100-200 ms); below that, it is counted.
 *
 * PostgreSQL cannot tell how common a searched word is among the caller's records when planning the page, so
 * for a page sorted by date it walks the date index looking for matches: right for a common word, but for a rare
 * one it reads the whole table (seconds among 500,000 meetings; 3 s for an advisor with no meetings). When the
 * capped count says the matches are few, the page is read with index walks turned off for that one statement: the
 * matches come through the search index and are sorted.
 */
export async function fetchPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  idColumn: string,
): Promise<ListPage<T>> {
  const where = (form: Form, conditions = query.conditions) => applyConditions(qb.clone(), conditions, form);
  const paged = (q: SelectQueryBuilder<T>) =>
    q
      .orderBy(query.sort.column, query.sort.order, query.sort.order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy(idColumn, query.sort.order)
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1);
  const ids = (q: SelectQueryBuilder<T>) => q.select(idColumn).getQueryAndParameters();
  const capped = query.conditions.some(
    (condition) => condition.kind === 'search' || (condition.kind === 'sql' && condition.capped),
  );
  if (!capped) {
    const q = paged(where('plain'));
    const [rows, total] = await Promise.all([q.getMany(), q.getCount()]);
    return { rows, total };
  }

  /** The capped count, then the page: exact up to the cap, estimated above (a known estimate or a sample). */
  const countedFirst = async (form: Form, estimate?: number): Promise<ListPage<T>> => {
    const [sql, parameters] = ids(where(form));
    const [{ n }] = (await qb.connection.query(
      `SELECT count(*)::int AS n FROM (${sql} LIMIT ${EXACT_TOTAL_UP_TO + 1}) AS matching`,
      parameters,
    )) as Array<{ n: number }>;
    if (n > EXACT_TOTAL_UP_TO) {
      const [rows, total] = await Promise.all([
        paged(where('byScope')).getMany(),
        estimate ?? estimateRows(qb, ids(where('byScope')), await tableRows(qb)),
      ]);
      return { rows, total: roughTotal(total), estimated: true };
    }
    if (n === 0 || n <= query.range.start) return { rows: [], total: n };
    const rows = await qb.connection.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_indexscan = off');
      return paged(where(form)).setQueryRunner(manager.queryRunner!).getMany();
    });
    return { rows, total: n };
  };

  // Without the caller's own records to weigh, the capped count stays first (a manager's meetings, the organisations):
  // it stops at the 1,001st match, and the sample and the page then run side by side.
  if (!query.conditions.some(isOwnRecords)) return countedFirst('plain');
  // What decides how many rows match: the search when there is one, else the caller's own records.
  const searched = query.conditions.some(isSearch);
  const deciding = query.conditions.filter(searched ? isSearch : isOwnRecords);
  const [expected, rowsInTable] = await Promise.all([plannedRows(qb, ids(where('plain', deciding))), tableRows(qb)]);
  if (expected <= Math.min(FEW_ROWS, rowsInTable / 100)) return countedFirst(searched ? 'bySearch' : 'plain');
  const estimate = await estimateRows(qb, ids(where('byScope')), rowsInTable);
  if (estimate < CLEARLY_MORE * EXACT_TOTAL_UP_TO) return countedFirst('plain', estimate);
  const rows = await paged(where('byScope')).getMany();
  return { rows, total: roughTotal(estimate), estimated: true };
}

/** The rows PostgreSQL's planner expects a query to return (from the columns' statistics; nothing is read). */
async function plannedRows(qb: SelectQueryBuilder<ObjectLiteral>, [sql, parameters]: [string, unknown[]]) {
  const [{ 'QUERY PLAN': plan }] = (await qb.connection.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters)) as Array<{
    'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }>;
  }>;
  return plan[0].Plan['Plan Rows'];
}

/** The rows of the list's table as its statistics last counted them (at least 1). */
async function tableRows(qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [{ rows }] = (await qb.connection.query(
    `SELECT greatest(reltuples, 1)::float8 AS rows FROM pg_class WHERE oid = to_regclass($1)`,
    [qb.expressionMap.mainAlias!.tablePath],
  )) as Array<{ rows: number }>;
  return rows;
}

/** About this many rows are read to estimate a total: a 20,000-row sample of 500,000 meetings is 4% of their pages. */
const SAMPLE_ROWS = 20_000;

/**
 * The matches of a query, estimated from a sample of the table's pages (`TABLESAMPLE SYSTEM`, the same
 * pages each time: `REPEATABLE`), every condition applied, scaled up (not rounded: {@link roughTotal}).
 * The planner's own estimate is no use here: it cannot tell how common a word is among the caller's own records.
 */
async function estimateRows(
  qb: SelectQueryBuilder<ObjectLiteral>,
  [sql, parameters]: [string, unknown[]],
  rowsInTable: number,
): Promise<number> {
  const { tablePath, name } = qb.expressionMap.mainAlias!;
  const from = `FROM "${tablePath}" "${name}"`;
  const percent = Math.min(100, Math.max(0.01, (100 * SAMPLE_ROWS) / rowsInTable));
  // Should the query builder ever write its FROM differently, the whole table is counted: exact, slower.
  const sampled = sql.includes(from)
    ? sql.replace(from, `${from} TABLESAMPLE SYSTEM (${percent.toFixed(4)}) REPEATABLE (0)`)
    : sql;
  const [{ n }] = (await qb.connection.query(
    `SELECT count(*)::int AS n FROM (${sampled}) AS sampled`,
    parameters,
  )) as Array<{ n: number }>;
  return sampled === sql ? n : (n * 100) / percent;
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
