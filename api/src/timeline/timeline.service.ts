import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListPage } from '../common/list/list-page';
import { Language, timelineSummary } from '../domain';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { ReadPolicy } from '../common/read-policy/read-policy';
import { TIMELINE_SOURCES, TimelineReader } from './timeline-sources';
import { assertOrganisationExists } from '../organisations/organisations.queries';

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

/** The sources as one reader may read them (the read policy's scope and projection). */
const sourcesFor = (reader: TimelineReader): string[] =>
  TIMELINE_SOURCES.map((source) => (typeof source === 'string' ? source : source(reader)));

/**
 * Every source read as one row shape: `code` and `params` when the source gives them, else its own
 * `summary` (a source in the older shape keeps working).
 */
const story = (sources: string[]) =>
  sources
    .map(
      (
        source,
      ) => `SELECT s.at, s.type, to_jsonb(s)->>'code' AS code, coalesce(to_jsonb(s)->'params', '{}'::jsonb) AS params,
                      to_jsonb(s)->>'summary' AS summary, s."refId", s."userId" FROM (${source}) AS s`,
    )
    .join('\nUNION ALL\n');

/** Everything that happened to one organisation, newest first, in one query plus one count. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: DataSource,
    private readonly readPolicy: ReadPolicy,
  ) {}

  async page(
    organisationId: string,
    start: number,
    end: number,
    language: Language,
    user: SignedInUser,
  ): Promise<ListPage<TimelineEntry>> {
    await assertOrganisationExists(this.db.manager, organisationId, 'path');
    const sources = sourcesFor({
      records: (concept, alias) => this.readPolicy.recordsCondition(concept, user, alias) ?? 'TRUE',
      field: (concept, alias, field, sql) =>
        this.readPolicy.projectedColumn(concept, user, alias, field, sql, language),
    });
    const union = sources.join('\nUNION ALL\n');
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT * FROM (${story(sources)}) AS story ORDER BY at DESC, type, "refId" LIMIT $2 OFFSET $3`, [
        organisationId,
        end - start + 1,
        start,
      ]),
      this.db.query(`SELECT count(*)::int AS total FROM (${union}) AS story`, [organisationId]),
    ]);
    const entries = (rows as Array<Omit<TimelineEntry, 'summary'> & { summary: string | null }>).map((row) => ({
      ...row,
      summary: (row.code && timelineSummary(row.code, row.params, language)) ?? row.summary ?? '',
    }));
    return { rows: entries, total };
  }
}
