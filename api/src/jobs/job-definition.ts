/** What a job's attempt is given besides its data. */
interface JobAttempt {
  id: string;
  /** 0 on the first attempt, then 1, 2, … as the queue retries it. */
  retryCount: number;
  /** Aborted when the process stops while the job runs. */
  signal: AbortSignal;
}

/**
 * One kind of work on the queue. Register it with `Jobs.register(...)` from a provider's constructor:
 *
 * ```ts
 * constructor(jobs: Jobs) {
 *   jobs.register({ name: 'documents-purge', cron: '30 2 * * *', title: MESSAGES['job.title.documents_purge'], run: () => this.purge() });
 * }
 * ```
 */
export interface JobDefinition<Data extends object = Record<string, unknown>> {
  /** The queue's name: lower case and dashes, `<concept>-<work>`. */
  name: string;
  /** Its name for people on the Jobs screen, from the catalogue (`api/src/domain/messages/jobs.ts`). */
  title: { fr: string; nl: string; en: string };
  /** A cron expression read in Europe/Brussels time; none for work only sent on demand (`Jobs.send`). */
  cron?: string;
  /**
   * The work. It may run again after a failure or after its process died mid-way, so it must be safe
   * to repeat (check what is already done). What it returns is kept as the run's report.
   */
  run(data: Data, attempt: JobAttempt): Promise<object | void>;
  /** Tries after the first failure, spaced out with back-off (default 3). */
  retryLimit?: number;
  /** An attempt running longer than this is failed and retried (default 15 minutes). */
  expireInSeconds?: number;
}
