import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Jobs, QUEUE_SCHEMA } from './jobs';

export interface JobRun {
  id: string;
  state: string;
  manual: boolean;
  retryCount: number;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  output: unknown;
}

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

/**
 * What the queue remembers of a job's runs, read from pg-boss's own table (its API lists jobs oldest first and
 * counts waiting jobs from a cache refreshed every minute; the Jobs screen wants the latest runs and the count now).
 */
@Injectable()
export class JobHistory {
  constructor(
    private readonly jobs: Jobs,
    private readonly db: DataSource,
  ) {}

  /** The latest runs of a job, newest first; `failures` keeps those that failed or wait for a retry after failing. */
  async runs(name: string, limit: number, { failures = false } = {}): Promise<JobRun[]> {
    await this.jobs.ready();
    const rows = await this.db.query(
      `SELECT id, state::text AS state, coalesce((data->>'manual')::boolean, false) AS manual, retry_count AS "retryCount",
              created_on AS "createdAt", started_on AS "startedAt", completed_on AS "completedAt", output
         FROM ${QUEUE_SCHEMA}.job
        WHERE name = $1 ${failures ? `AND state IN ('failed', 'retry') AND output IS NOT NULL` : ''}
        ORDER BY created_on DESC LIMIT $2`,
      [name, limit],
    );
    return rows.map((row: JobRun & { createdAt: Date; startedAt: Date | null; completedAt: Date | null }) => ({
      ...row,
      createdAt: iso(row.createdAt)!,
      startedAt: iso(row.startedAt),
      completedAt: iso(row.completedAt),
    }));
  }

  /** How many runs of the job wait on the queue (new or to be retried). */
  async waiting(name: string): Promise<number> {
    await this.jobs.ready();
    const [{ waiting }] = await this.db.query(
      `SELECT count(*)::int AS waiting FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry')`,
      [name],
    );
    return waiting;
  }
}
