import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListPage } from '../common/list/list-page';
import { Language, timelineSummary } from '../domain';
import { TIMELINE_SOURCES } from './timeline-sources';

export interface TimelineEntry {
  at: Date;
  type: string;
  /** The entry's text in the catalogues (`timeline.recognition_moved`); the console writes it from here. */
  code: string | null;
  params: Record<string, unknown>;
  /** The text in the requester's language. */
  summary: string;
  refId: string;
  userId: string | null;
}

/**
 * Every source read as one row shape: `code` and `params` when the source gives them, else its own
 * `summary` (a source in the older shape keeps working).
 */
const STORY = TIMELINE_SOURCES.map(
  (source) => `SELECT s.at, s.type, to_jsonb(s)->>'code' AS code, coalesce(to_jsonb(s)->'params', '{}'::jsonb) AS params,
                      to_jsonb(s)->>'summary' AS summary, s."refId", s."userId" FROM (${source}) AS s`,
).join('\nUNION ALL\n');

/** Everything that happened to one organisation, newest first, in one query plus one count. */
@Injectable()
export class TimelineService {
  constructor(private readonly db: DataSource) {}

  async page(organisationId: string, start: number, end: number, language: Language): Promise<ListPage<TimelineEntry>> {
    const [organisation] = await this.db.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
    if (!organisation) throw new NotFoundException(`No organisation ${organisationId}`);
    const union = TIMELINE_SOURCES.join('\nUNION ALL\n');
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT * FROM (${STORY}) AS story ORDER BY at DESC, type, "refId" LIMIT $2 OFFSET $3`, [organisationId, end - start + 1, start]),
      this.db.query(`SELECT count(*)::int AS total FROM (${union}) AS story`, [organisationId]),
    ]);
    const entries = (rows as Array<Omit<TimelineEntry, 'summary'> & { summary: string | null }>).map((row) => ({
      ...row,
      summary: (row.code && timelineSummary(row.code, row.params, language)) ?? row.summary ?? '',
    }));
    return { rows: entries, total };
  }
}
