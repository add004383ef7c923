import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import { httpClient } from './auth/httpClient';
import type { Case } from './cases/types';

/**
 * Lists whose total is an estimate: a list searched with `q` matching more than 1,000 rows answers
 * `X-Total-Estimated: true` beside its Content-Range (README, "Searched lists"). The simple-REST
 * provider keeps only the number; the flag is noted on the page's rows and passed on as `meta.totalEstimated`.
 */
const estimatedPages = new WeakSet<object>();

const rest = simpleRestProvider('/api', async (url: string, options?: fetchUtils.Options) => {
  const response = await httpClient(url, options);
  if (response.headers.get('X-Total-Estimated') === 'true' && response.json && typeof response.json === 'object')
    estimatedPages.add(response.json);
  return response;
});

/**
 * A stale `version` is a 409 whose only error is on `version`, a field no form shows. It is
 * turned into a conflict (no field errors) so the form notifies it with a reload action
 * (see conflict/). Other 409s, like a duplicate e-mail, keep their field errors.
 */
function asConflict(error: unknown): unknown {
  if (!(error instanceof HttpError) || error.status !== 409) return error;
  const errors = error.body?.errors as Record<string, string> | undefined;
  const fields = Object.keys(errors ?? {});
  if (fields.length && fields.some((field) => field !== 'version')) return error;
  return new HttpError('traject.conflict.message', 409, { ...error.body, errors: undefined, conflict: true });
}

/** One entry of an organisation's history (`GET /api/organisations/{id}/timeline`). */
export interface TimelineEntry {
  at: string;
  type: string;
  /** The entry's text in the domain core's catalogues, filled with `params`: the console writes it from these. */
  code: string | null;
  params: Record<string, unknown>;
  summary: string;
  refId: string | null;
  userId: string | null;
}

/** What `GET /api/search` answers: hits grouped by kind, each with the matching words. */
export interface SearchResults {
  q: string;
  organisations: { id: string; name: string; enterpriseNumber: string | null; archived: boolean; snippet: string }[];
  contacts: { id: string; organisationId: string; name: string; organisationName: string; snippet: string }[];
  meetings: {
    id: string;
    organisationId: string;
    subject: string;
    occurredAt: string;
    organisationName: string;
    snippet: string;
  }[];
  documents?: {
    id: string;
    organisationId: string;
    title: string;
    fileName: string;
    organisationName: string;
    snippet: string;
  }[];
}

/** One card of the journey board (`GET /api/cases/board`): what the card shows; the case itself is read on demand. */
export interface CaseCard {
  id: string;
  stage: Case['stage'];
  status: 'open';
  organisationName: string;
  title: string;
  advisorId: string | null;
  advisorName: string | null;
  priority: Case['priority'];
  nextActionOn: string | null;
}

interface CaseBoard {
  total: number;
  advisors: Array<{ id: string; fullName: string }>;
  titles: string[];
  cards: Array<[string, Case['stage'], string, number, number | null, Case['priority'], string | null]>;
}

/** The total of a `Content-Range: res 0-24/319` header (0 when absent). */
function totalOf(headers: Headers): number {
  const total = headers.get('Content-Range')?.split('/').pop();
  return total && /^\d+$/.test(total) ? Number(total) : 0;
}

/**
 * List filters travel through the URL, where react-admin drops nulls; "nobody" (an unassigned
 * case) is written NOBODY there and sent to the API as the null it expects.
 */
export const NOBODY = 'nobody';

function withNulls(filter: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) => [key, key.endsWith('Id') && value === NOBODY ? null : value]),
  );
}

export const dataProvider = {
  ...rest,
  getList: async (resource, params) => {
    const page = await rest.getList(resource, { ...params, filter: withNulls(params.filter) });
    return estimatedPages.has(page.data) ? { ...page, meta: { ...page.meta, totalEstimated: true } } : page;
  },
  update: (resource, params) => rest.update(resource, params).catch((error) => Promise.reject(asConflict(error))),

  /** A page of an organisation's timeline, newest first. */
  async getTimeline(
    organisationId: string,
    { first = 0, last = 49 } = {},
  ): Promise<{ data: TimelineEntry[]; total: number }> {
    const range = encodeURIComponent(JSON.stringify([first, last]));
    const { json, headers } = await httpClient(
      `/api/organisations/${encodeURIComponent(organisationId)}/timeline?range=${range}`,
    );
    return { data: json as TimelineEntry[], total: totalOf(headers) };
  },

  /** The open cases as board cards, for the cases list's filters (at most 1,000, by next action). */
  async getBoard(filter: Record<string, unknown>): Promise<{ cards: CaseCard[]; total: number }> {
    const params = new URLSearchParams({
      filter: JSON.stringify(withNulls(filter)),
      sort: JSON.stringify(['nextActionOn', 'ASC']),
      range: JSON.stringify([0, 999]),
    });
    const { json } = await httpClient(`/api/cases/board?${params.toString()}`);
    const board = json as CaseBoard;
    const cards = board.cards.map(([id, stage, organisationName, title, advisor, priority, nextActionOn]): CaseCard => {
      const who = advisor === null ? undefined : board.advisors[advisor];
      return {
        id,
        stage,
        status: 'open',
        organisationName,
        title: board.titles[title],
        advisorId: who?.id ?? null,
        advisorName: who?.fullName ?? null,
        priority,
        nextActionOn,
      };
    });
    return { cards, total: board.total };
  },

  /** Organisations, contacts and meeting notes matching `q` (2 to 200 characters). */
  async search(q: string, limit = 8): Promise<SearchResults> {
    const { json } = await httpClient(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
    return json as SearchResults;
  },
} satisfies DataProvider;

export type TrajectDataProvider = typeof dataProvider;
