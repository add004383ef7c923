import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { JobHistory, type JobRun } from './job-history';
import { JobRunResult, Jobs, SCHEDULE_TIME_ZONE } from './jobs';

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

/** The Jobs screen (admins): schedules, last and next runs, failures with their error, and "run now". */
@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
@Roles('admin')
export class JobsController {
  constructor(
    private readonly jobs: Jobs,
    private readonly history: JobHistory,
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
    const [[next], runs, [lastFailure], waiting] = await Promise.all([
      this.jobs.nextRuns(name),
      this.history.runs(name, Math.max(history, 1)),
      this.history.runs(name, 1, { failures: true }),
      this.history.waiting(name),
    ]);
    return {
      id: name,
      title: definition.title,
      cron: this.jobs.cronOf(name) ?? null,
      timeZone: SCHEDULE_TIME_ZONE,
      nextRunAt: next ? new Date(next).toISOString() : null,
      lastRun: runs.find((run) => run.state !== 'created') ?? null,
      lastFailure: lastFailure ?? null,
      waiting,
      ...(history ? { runs } : {}),
    };
  }
}
