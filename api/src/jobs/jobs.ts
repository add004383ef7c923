import { Inject, Injectable, Logger, NotFoundException, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import type { Job, JobWithMetadata } from 'pg-boss';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime';
import type { JobDefinition } from './job-definition';

/** pg-boss keeps its tables in this schema of Traject's database. */
export const QUEUE_SCHEMA = 'pgboss';
/** Schedules are read in the time of hub.brussels. */
export const SCHEDULE_TIME_ZONE = 'Europe/Brussels';
/** A worker proves it is alive this often; a job whose worker went silent is retried elsewhere. */
const HEARTBEAT_SECONDS = 20;
/** A run asked for by an admin is taken before the queue's other jobs. */
const RUN_NOW_PRIORITY = 10;

export interface JobRunResult {
  id: string;
  name: string;
  state: string;
  output: unknown;
}

/**
 * The job queue (pg-boss, in Traject's PostgreSQL): every scheduled and background work registers here.
 * Processes with `TRAJECT_JOBS=1` work the queue and keep the schedules; a web-only process starts the
 * queue only when it has to send a job or show them.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one registry holds jobs of every payload type
  private readonly definitions = new Map<string, JobDefinition<any>>();
  private boss?: Promise<PgBoss>;
  private stopping = false;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** Adds a kind of work (call it from a provider's constructor: the queue starts after every module is built). */
  register<Data extends object>(definition: JobDefinition<Data>): void {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.name))
      throw new Error(`Job name "${definition.name}" must be lower case words joined by dashes`);
    if (this.definitions.has(definition.name)) throw new Error(`Job "${definition.name}" is registered twice`);
    this.definitions.set(definition.name, definition);
  }

  /** The registered jobs, sorted by name. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jobs of every payload type
  list(): JobDefinition<any>[] {
    return [...this.definitions.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller knows the payload of the job it names
  definition(name: string): JobDefinition<any> {
    const found = this.definitions.get(name);
    if (!found)
      throw new NotFoundException({
        statusCode: 404,
        message: `No job is called ${name}`,
        code: 'job.unknown',
        params: { name },
      });
    return found;
  }

  /** The schedule in force: `TRAJECT_JOB_SCHEDULES` wins over the code's default. */
  cronOf(name: string): string | undefined {
    return this.config.jobSchedules[name] ?? this.definitions.get(name)?.cron;
  }

  /** Puts one job on the queue (long work that should not hold a request); any worker process takes it. */
  async send(name: string, data: object = {}): Promise<string | null> {
    this.definition(name);
    return (await this.queue()).send(name, data);
  }

  /** The next times a schedule comes due. */
  async nextRuns(name: string, count = 1): Promise<Date[]> {
    const cron = this.cronOf(name);
    return cron ? (await this.queue()).previewSchedule(cron, { tz: SCHEDULE_TIME_ZONE, count }) : [];
  }

  /**
   * An admin's "run now": written to the audit log, put on the queue ahead of the rest and worked here
   * at once (a worker elsewhere may take it first: then its result is awaited). Answers the run's result.
   */
  async runNow(name: string, userId: string | null): Promise<JobRunResult> {
    const definition = this.definition(name);
    await this.db.transaction((manager) =>
      recordAudit(manager, { userId, action: 'run', entity: 'jobs', entityId: name, changes: { job: name } }),
    );
    const boss = await this.queue();
    const id = await boss.send(name, { manual: true, requestedBy: userId }, { priority: RUN_NOW_PRIORITY });
    const [job] = await boss.fetch<object>(name, { batchSize: 1, minPriority: RUN_NOW_PRIORITY });
    if (job) await this.work(boss, definition, job, true);
    return this.settled(boss, name, id!);
  }

  /** The queue's tables exist (pg-boss creates them when it starts): wait for it before reading them. */
  async ready(): Promise<void> {
    await this.queue();
  }

  onApplicationBootstrap(): Promise<unknown> | void {
    if (this.config.jobs) return this.queue();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    const boss = await this.boss?.catch(() => undefined);
    await boss?.stop({ graceful: true, timeout: 15_000 });
  }

  private queue(): Promise<PgBoss> {
    if (this.stopping) return Promise.reject(new Error('The job queue is stopping'));
    this.boss ??= this.start().catch((error) => {
      this.boss = undefined;
      throw error;
    });
    return this.boss;
  }

  private async start(): Promise<PgBoss> {
    const working = this.config.jobs;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: QUEUE_SCHEMA,
      application_name: 'traject-jobs',
      max: working ? 4 : 2,
      schedule: working,
      supervise: working,
      superviseIntervalSeconds: this.config.jobsSuperviseSeconds,
      instanceName: working ? 'traject-worker' : 'traject-web',
    });
    boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
    await boss.start();
    for (const definition of this.list()) {
      await boss.createQueue(definition.name, {
        retryLimit: definition.retryLimit ?? 3,
        retryDelay: 30,
        retryBackoff: true,
        retryDelayMax: 3600,
        expireInSeconds: definition.expireInSeconds ?? 900,
        heartbeatSeconds: HEARTBEAT_SECONDS,
      });
      if (!working) continue;
      const cron = this.cronOf(definition.name);
      if (cron) await boss.schedule(definition.name, cron, {}, { tz: SCHEDULE_TIME_ZONE, missed: 'once' });
      else await boss.unschedule(definition.name);
      await boss.work(definition.name, { pollingIntervalSeconds: 2 }, async ([job]) =>
        definition.run(job.data ?? {}, job),
      );
    }
    return boss;
  }

  /** Works one fetched job in this process, keeping its heartbeat, and settles it. */
  private async work(
    boss: PgBoss,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works a job of any payload type
    definition: JobDefinition<any>,
    job: Job<object>,
    heartbeat: boolean,
  ): Promise<void> {
    const beat = heartbeat
      ? setInterval(
          () => void boss.touch(definition.name, job.id).catch(() => undefined),
          (HEARTBEAT_SECONDS * 1000) / 2,
        )
      : undefined;
    try {
      const output = await definition.run(job.data ?? {}, job);
      await boss.complete(definition.name, job.id, (output ?? null) as object | null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Job ${definition.name} failed: ${message}`);
      await boss.fail(definition.name, job.id, { message });
    } finally {
      clearInterval(beat);
    }
  }

  private async settled(boss: PgBoss, name: string, id: string): Promise<JobRunResult> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [job] = (await boss.findJobs(name, { id })) as JobWithMetadata[];
      const done =
        !job ||
        ['completed', 'failed', 'cancelled'].includes(job.state) ||
        (job.state === 'retry' && job.retryCount > 0);
      if (done || Date.now() > deadline)
        return { id, name, state: job?.state ?? 'deleted', output: job?.output ?? null };
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
