import { DataSource } from 'typeorm';
import { applyConditions } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';

/** What one card of the journey board shows, in this order (`CaseBoard.fields`). */
const BOARD_CARD_FIELDS = ['id', 'stage', 'organisationName', 'title', 'advisor', 'priority', 'nextActionOn'] as const;

/** A card: the case's id and stage, its organisation's name, title (index in `titles`), advisor (index in `advisors`, or null), priority, next action (YYYY-MM-DD or null). */
export type BoardCard = [
  id: string,
  stage: string,
  organisationName: string,
  title: number,
  advisor: number | null,
  priority: string,
  nextActionOn: string | null,
];

/**
 * `GET /api/cases/board`: the open cases as the journey board shows them, and nothing more (a card's
 * details, version included, are read on demand with `GET /api/cases/{id}`). 1,000 hydrated cases were
 * about 500 KB of JSON plus the organisations read again for their names; one card is now an array of
 * seven values, and each advisor's name and each title (they repeat: "Accompagnement"…) are sent once.
 */
export interface CaseBoard {
  /** Open cases matching the filters (the cards are the first `range` of them). */
  total: number;
  fields: typeof BOARD_CARD_FIELDS;
  advisors: Array<{ id: string; fullName: string }>;
  /** The cards' titles, each once. */
  titles: string[];
  cards: BoardCard[];
}

interface CardRow {
  id: string;
  stage: string;
  organisation_name: string;
  title: string;
  advisor_id: string | null;
  advisor_name: string | null;
  priority: string;
  next_action_on: string | null;
  total: number;
}

/** The board for the cases list's filters, sort and range; only open cases (status open). */
export async function caseBoard(db: DataSource, query: ListQuery): Promise<CaseBoard> {
  const matching = () =>
    applyConditions(db.createQueryBuilder().from('cases', 'c').where(`c.status = 'open'`), query.conditions);
  // The page walks the sort's index and stops at the range's end; the organisation's name is looked up for
  // those rows only (a subquery PostgreSQL evaluates after the LIMIT). The total is counted apart, as a list's, but
  // in the same statement: an uncorrelated subquery, run once (one round trip less; `count(*) OVER ()` would read and
  // sort every open case). Its conditions' named parameters are the page's own.
  const count = matching().select('count(*)::int').getQuery();
  const page = matching()
    .select([
      'c.id AS id',
      'c.stage AS stage',
      'c.title AS title',
      'c.advisor_id AS advisor_id',
      'c.priority AS priority',
    ])
    .addSelect('(SELECT o.name FROM organisations o WHERE o.id = c.organisation_id)', 'organisation_name')
    .addSelect('(SELECT u.full_name FROM users u WHERE u.id = c.advisor_id)', 'advisor_name')
    .addSelect(`to_char(c.next_action_on, 'YYYY-MM-DD')`, 'next_action_on')
    .addSelect(`(${count})`, 'total')
    .orderBy(query.sort.column, query.sort.order, query.sort.order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
    .addOrderBy('c.id', query.sort.order)
    .offset(query.range.start)
    .limit(query.range.end - query.range.start + 1);
  const rows = await page.getRawMany<CardRow>();
  // A range past the last card brings no row, and no total with it.
  const total = rows.length
    ? rows[0].total
    : ((await matching().select('count(*)::int', 'n').getRawOne<{ n: number }>())?.n ?? 0);
  // The advisors' names come with the cards (one statement less than asking for them after: issue 20).
  const named = new Map<string, string>();
  for (const r of rows) if (r.advisor_id && !named.has(r.advisor_id)) named.set(r.advisor_id, r.advisor_name ?? '');
  const advisors = [...named]
    .map(([id, fullName]) => ({ id, fullName }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName) || a.id.localeCompare(b.id));
  const index = new Map(advisors.map((a, i) => [a.id, i]));
  const titles = [...new Set(rows.map((r) => r.title))];
  const titleIndex = new Map(titles.map((t, i) => [t, i]));
  return {
    total,
    fields: BOARD_CARD_FIELDS,
    advisors,
    titles,
    cards: rows.map((r) => [
      r.id,
      r.stage,
      r.organisation_name,
      titleIndex.get(r.title)!,
      r.advisor_id ? (index.get(r.advisor_id) ?? null) : null,
      r.priority,
      r.next_action_on,
    ]),
  };
}
