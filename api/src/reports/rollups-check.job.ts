import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Jobs } from '../jobs/jobs';
import { MESSAGES } from '../domain';

const ROLLUPS_CHECK_JOB = 'reports-rollups-check';

/** A kept meeting count (by month, or by day) that differs from the meetings. */
interface MeetingDrift {
  month?: string;
  day?: string;
  author_id: string;
  channel: string;
  kept: number;
  counted: number;
}

/** A kept line or count (spans of the organisations supported, the other figures) that differs from its sources. */
interface SpanDrift {
  kept_in: 'organisation_spans' | 'organisation_span_counts' | 'overview_contributions' | 'overview_counts';
  place: string;
  kept: number;
  counted: number;
}

/** What the overview reads instead of counting: each with where it differs from a full recount, and its recount. */
const ROLLUPS = [
  {
    name: 'meeting_month_counts',
    drift: `SELECT to_char(month, 'YYYY-MM') AS month, author_id, channel, kept, counted FROM meeting_month_counts_drift()`,
    rebuild: `SELECT meeting_month_counts_rebuild()`,
  },
  {
    name: 'meeting_day_counts',
    drift: `SELECT to_char(day, 'YYYY-MM-DD') AS day, author_id, channel, kept, counted FROM meeting_day_counts_drift()`,
    rebuild: `SELECT meeting_day_counts_rebuild()`,
  },
  {
    name: 'organisation_spans',
    drift: `SELECT kept_in, place, kept, counted FROM organisation_span_counts_drift()`,
    rebuild: `SELECT organisation_spans_rebuild()`,
  },
  {
    name: 'overview_counts',
    drift: `SELECT kept_in, place, kept, counted FROM overview_counts_drift()`,
    rebuild: `SELECT overview_counts_rebuild()`,
  },
];

/**
 * Every night: what the database keeps for the overview (meeting_month_counts and meeting_day_counts; the cases' spans with their
 * per-year and per-month counts in organisation_spans and organisation_span_counts; the other figures by day
 * and month in overview_contributions and overview_counts; all maintained by triggers) is recounted from the
 * meetings, cases, organisations, assessments, referrals and their moves, and recognition files. Any difference is reported (the run's
 * report and an error in the log, with the first differences) and repaired by a full recount, so a figure is
 * never wrong for more than a day whatever wrote around the triggers (a bulk load with triggers off, a
 * restore). Safe to repeat.
 */
@Injectable()
export class RollupsCheckJob {
  private readonly logger = new Logger('RollupsCheck');

  constructor(
    private readonly db: DataSource,
    jobs: Jobs,
  ) {
    jobs.register({
      name: ROLLUPS_CHECK_JOB,
      title: MESSAGES['job.title.reports_rollups_check'],
      cron: '30 3 * * *',
      run: () => this.check(),
    });
  }

  async check(): Promise<{ drift: number; examples: Array<MeetingDrift | SpanDrift>; repaired: boolean }> {
    const examples: Array<MeetingDrift | SpanDrift> = [];
    let drift = 0;
    for (const rollup of ROLLUPS) {
      const found = (await this.db.query(rollup.drift)) as Array<MeetingDrift | SpanDrift>;
      if (!found.length) continue;
      drift += found.length;
      examples.push(...found.slice(0, 10));
      this.logger.error(
        `${rollup.name} drifted from a full recount in ${found.length} place(s), e.g. ${JSON.stringify(found.slice(0, 3))}; recounting`,
      );
      await this.db.transaction((manager) => manager.query(rollup.rebuild));
    }
    return { drift, examples: examples.slice(0, 10), repaired: drift > 0 };
  }
}
