import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { JobRunResult, Jobs, QUEUE_SCHEMA, SCHEDULE_TIME_ZONE } from './jobs';

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

export interface JobRecord {
  id: string;
  title: { fr: string; nl: string; en: string };
  cron: string | null;
  timeZone: string;
  nextRunAt: string | null;
  lastRun: JobRun | null;
  lastFailure: JobRun | null;
  waiting: number;
  runs?: JobRun[];
}

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

/** The Jobs screen (admins): schedules, last and next runs, failures with their error, and "run now". */
@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
@Roles('admin')
export class JobsController {
  constructor(
    private readonly jobs: Jobs,
    private readonly db: DataSource,
  ) {}

  @Get()
  async list(@Res({ passthrough: true }) res: Response): Promise<JobRecord[]> {
    const records = await Promise.all(this.jobs.list().map((definition) => this.record(definition.name, 0)));
    res.setHeader('Content-Range', records.length ? `jobs 0-${records.length - 1}/${records.length}` : 'jobs */0');
    return records;
  }

  @Get(':name')
  get(@Param('name') name: string): Promise<JobRecord> {
    this.jobs.definition(name);
    return this.record(name, 20);
  }

  /** Runs the job now (written to the audit log) and answers its result. */
  @Post(':name/run')
  @HttpCode(200)
  run(@Param('name') name: string, @CurrentUser() user: SignedInUser): Promise<JobRunResult> {
    return this.jobs.runNow(name, user.id);
  }

  private async record(name: string, history: number): Promise<JobRecord> {
    const definition = this.jobs.definition(name);
    const [next] = await this.jobs.nextRuns(name);
    const runs = await this.runs(name, Math.max(history, 1));
    const [lastFailure] = await this.runs(name, 1, `AND state IN ('failed', 'retry') AND output IS NOT NULL`);
    const [{ waiting }] = await this.db.query(`SELECT count(*)::int AS waiting FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry')`, [name]);
    return {
      id: name,
      title: definition.title,
      cron: this.jobs.cronOf(name) ?? null,
      timeZone: SCHEDULE_TIME_ZONE,
      nextRunAt: iso(next ?? null),
      lastRun: runs.find((run) => run.state !== 'created') ?? null,
      lastFailure: lastFailure ?? null,
      waiting,
      ...(history ? { runs } : {}),
    };
  }

  private async runs(name: string, limit: number, where = ''): Promise<JobRun[]> {
    const rows = await this.db.query(
      `SELECT id, state::text AS state, coalesce((data->>'manual')::boolean, false) AS manual, retry_count AS "retryCount",
              created_on AS "createdAt", started_on AS "startedAt", completed_on AS "completedAt", output
         FROM ${QUEUE_SCHEMA}.job WHERE name = $1 ${where} ORDER BY created_on DESC LIMIT $2`,
      [name, limit],
    );
    return rows.map((row: JobRun & { createdAt: Date; startedAt: Date | null; completedAt: Date | null }) => ({
      ...row,
      createdAt: iso(row.createdAt)!,
      startedAt: iso(row.startedAt),
      completedAt: iso(row.completedAt),
    }));
  }
}
