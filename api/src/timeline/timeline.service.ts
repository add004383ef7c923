import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListPage } from '../common/list/list-page';
import { TIMELINE_SOURCES } from './timeline-sources';

export interface TimelineEntry {
  at: Date;
  type: string;
  summary: string;
  refId: string;
  userId: string | null;
}

/** Everything that happened to one organisation, newest first, in one query plus one count. */
@Injectable()
export class TimelineService {
  constructor(private readonly db: DataSource) {}

  async page(organisationId: string, start: number, end: number): Promise<ListPage<TimelineEntry>> {
    const [organisation] = await this.db.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
    if (!organisation) throw new NotFoundException(`No organisation ${organisationId}`);
    const union = TIMELINE_SOURCES.join('\nUNION ALL\n');
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT * FROM (${union}) AS story ORDER BY at DESC, type, "refId" LIMIT $2 OFFSET $3`, [organisationId, end - start + 1, start]),
      this.db.query(`SELECT count(*)::int AS total FROM (${union}) AS story`, [organisationId]),
    ]);
    return { rows, total };
  }
}
