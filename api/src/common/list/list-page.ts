import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Response } from 'express';
import { Condition, ListQuery } from './list-query';
import { searchMatch, searchParameter } from './text-search';

export interface ListPage<T> {
  rows: T[];
  total: number;
}

/** Adds the list's conditions to a query builder as bound parameters (never spliced into SQL). */
export function applyConditions<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, conditions: Condition[]): SelectQueryBuilder<T> {
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
    }
  });
  return qb;
}

/** Searched lists with at most this many matches are sorted from all of them (see {@link fetchPage}). */
const FEW_MATCHES = 1000;

/**
 * One query for the page and one for the total, ordered with the id as tie-breaker so pages never overlap.
 *
 * With `q`, the total comes first. PostgreSQL cannot tell how common a searched word is (it guesses
 * 0.5% of the rows), so for a page sorted by date it walks the date index looking for matches: right
 * for a common word, but for a rare one it reads the whole table (seconds among 500,000 meetings). When
 * the count says the matches are few, the page is read with index walks turned off for that one
 * statement: the matches come through the search index and are sorted.
 */
export async function fetchPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  idColumn: string,
): Promise<ListPage<T>> {
  applyConditions(qb, query.conditions);
  qb.orderBy(query.sort.column, query.sort.order, query.sort.order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
    .addOrderBy(idColumn, query.sort.order)
    .offset(query.range.start)
    .limit(query.range.end - query.range.start + 1);
  if (!query.conditions.some((condition) => condition.kind === 'search')) {
    const [rows, total] = await Promise.all([qb.getMany(), qb.getCount()]);
    return { rows, total };
  }
  const total = await qb.getCount();
  if (total === 0 || total <= query.range.start) return { rows: [], total };
  if (total > FEW_MATCHES) return { rows: await qb.getMany(), total };
  const rows = await qb.connection.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_indexscan = off');
    return qb.clone().setQueryRunner(manager.queryRunner!).getMany();
  });
  return { rows, total };
}

/** Sets `Content-Range: {resource} first-last/total` (or `*\/0`) as ra-data-simple-rest reads it. */
export function setContentRange(res: Response, resource: string, query: ListQuery, page: ListPage<unknown>): void {
  const { start } = query.range;
  const value = page.rows.length === 0 ? `${resource} */${page.total}` : `${resource} ${start}-${start + page.rows.length - 1}/${page.total}`;
  res.setHeader('Content-Range', value);
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
}
