import { DataSource } from 'typeorm';
import { searchMatch, searchParameter, TextSearch } from '../common/list/text-search';

/** One kind of record the search box looks through, and the order its first matches are shown in. */
export interface SearchSource {
  /** `table alias`, e.g. `meetings m`. */
  table: string;
  alias: string;
  search: TextSearch;
  /** The match itself when it is not `search` alone (the read policy's: hidden fields matched only where read); `$1` is the text. */
  match?: string;
  /** Further condition on the table (alias-qualified), or none. */
  where?: string;
  /** The columns returned, alias-qualified. */
  columns: string;
  /** The order of the results, alias-qualified, ending with a unique column. */
  order: string;
  /**
   * Whether a term's matches spread along the order (meetings by date) rather than bunch together
   * (people by surname: "Peeters" only at P), which is when walking further along the order pays.
   */
  spread: boolean;
  /** Extra columns computed for the returned rows only, on `hit` (e.g. the organisation's name). */
  extra?: string;
}

/** A short walk along the order: a term found in 10 of its first rows is common and spread out. */
const HEAD = 300;
/** A term with fewer matches than this is rare: all its matches are fetched and sorted. */
const RARE = 1000;
/** How far along the order a common term's matches are looked for. */
const WINDOW = 5000;

/**
 * The first `limit` matches of `q` in the source's order, in a time that does not depend on how
 * common the term is. PostgreSQL cannot tell from its statistics how common a word prefix or a
 * substring is, and guessing wrong costs seconds either way: walking the order for a term that
 * (almost) never occurs reads the whole table; fetching every match of a term found in a fifth of
 * 500,000 meetings does too. So, each step bounded:
 * 1. walk the first HEAD rows of the order, keeping matches: enough of them, done (common terms);
 * 2. fetch at most RARE matches through the search index: fewer than that is all of them, sorted (rare terms);
 * 3. where matches spread along the order, walk on, up to WINDOW rows (terms of middling frequency);
 * 4. a common term scarce at the start of the order (a surname, met only at its letter; a word
 *    of old notes only): every match through the index, sorted.
 */
export async function firstMatches<T>(db: DataSource, source: SearchSource, q: string, limit: number): Promise<T[]> {
  const { table, alias, where, columns, order } = source;
  const match = source.match ?? searchMatch(source.search, '$1');
  const filter = where ? `${where} AND ` : '';
  const withExtra = (sql: string) => (source.extra ? `SELECT hit.*, ${source.extra} FROM (${sql}) hit` : sql);
  const params = [searchParameter(source.search, q), limit];
  // The subquery keeps its order through the filter, so the walk stops at the `limit`th match.
  const walk = (rows: number): Promise<T[]> =>
    db.query(
      withExtra(`SELECT ${columns} FROM (SELECT * FROM ${table} ${where ? `WHERE ${where}` : ''} ORDER BY ${order} LIMIT ${rows}) ${alias}
                  WHERE ${match} LIMIT $2`),
      params,
    );

  const head = await walk(HEAD);
  if (head.length === limit) return head;
  const few = await db.query(
    withExtra(`SELECT ${alias}.*, count(*) OVER () AS matched
                 FROM (SELECT ${columns} FROM ${table} WHERE ${filter}${match} LIMIT ${RARE}) ${alias}
                ORDER BY ${order} LIMIT $2`),
    params,
  );
  if (few.length === 0 || Number(few[0].matched) < RARE) return few;
  if (source.spread) {
    const further = await walk(WINDOW);
    if (further.length === limit) return further;
  }
  // OFFSET 0 keeps the planner from walking the order again: all matches through the index, then sorted.
  return db.query(
    withExtra(
      `SELECT * FROM (SELECT ${columns} FROM ${table} WHERE ${filter}${match} OFFSET 0) ${alias} ORDER BY ${order} LIMIT $2`,
    ),
    params,
  );
}
