import { ConflictException, BadRequestException, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { unlink } from 'node:fs/promises';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { changeTaskTitle } from '../domain/kbo-changes';
import { Jobs } from '../jobs/jobs';
import { TasksService } from '../tasks';
import { checkSequence, ExtractMeta, ExtractRefused, loadPlan, parseMeta } from './extract-files';
import { pourSteps } from './extract-loader';
import { rebuildNameWords } from './kbo-name-words';
import { ExtractZip } from './extract-zip';
import { followChanges, ChangedOrganisation } from './kbo-watch';
import { MESSAGES } from '../domain';

export interface KboLoad {
  id: string;
  fileName: string;
  status: 'running' | 'done' | 'failed';
  extractNumber: number | null;
  extractType: 'full' | 'update' | null;
  snapshotDate: string | null;
  counts: Record<string, number>;
  progress: { step?: number; steps?: number; entry?: string; bytesDone?: number; bytesTotal?: number };
  changedOrganisations: number | null;
  errorCode: string | null;
  /** The refusal's params: the console writes `errorCode` with them in its language. */
  errorParams: Record<string, unknown> | null;
  /** The refusal in English, technical detail included (for the logs and scripts). */
  error: string | null;
  startedById: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
}

const LOAD_COLUMNS = `id, file_name AS "fileName", status, extract_number AS "extractNumber", extract_type AS "extractType",
  to_char(snapshot_date, 'YYYY-MM-DD') AS "snapshotDate", counts, progress, changed_organisations AS "changedOrganisations",
  error_code AS "errorCode", error_params AS "errorParams", error, started_by_id AS "startedById", started_at AS "startedAt", finished_at AS "finishedAt", duration_ms AS "durationMs"`;

/** The queue's job that loads an uploaded extract (any worker process on this machine: the zip is a local file). */
const KBO_LOAD_JOB = 'kbo-load';

interface KboLoadJob {
  loadId: string;
  path: string;
  byId: string | null;
}

/** Any load, any process: one at a time. */
const LOAD_LOCK = 7_240_513;

const CONFLICTS = new Set(['kbo.update_out_of_order', 'kbo.update_without_full', 'kbo.load_running']);

/** An extract refusal as the API answers it: 409 for the order of extracts, else 400 naming the file. */
function refusalToHttp(refused: ExtractRefused): HttpException {
  const coded = { code: refused.code, params: refused.params };
  const body = { message: refused.message, ...coded, errors: { file: refused.message }, errorCodes: { file: coded } };
  return CONFLICTS.has(refused.code) ? new ConflictException(body) : new BadRequestException(body);
}

/**
 * Loads KBO extracts: a full one replaces every kbo_* table, an update applies its deletes then its
 * inserts; each in one transaction, so a failed load leaves the previous data serving. Then the
 * organisations whose KBO data changed are listed, and their advisors get a task.
 */
@Injectable()
export class KboLoadsService {
  constructor(
    private readonly db: DataSource,
    private readonly tasks: TasksService,
    private readonly jobs: Jobs,
  ) {
    jobs.register<KboLoadJob>({
      name: KBO_LOAD_JOB,
      title: MESSAGES['job.title.kbo_load'],
      // A national full extract takes minutes; an attempt cut short (its process stopped) is tried again.
      expireInSeconds: 3600,
      retryLimit: 2,
      run: (data) => this.work(data),
    });
  }

  async list(): Promise<KboLoad[]> {
    return this.db.query(`SELECT ${LOAD_COLUMNS} FROM kbo_loads ORDER BY started_at DESC LIMIT 100`);
  }

  async get(id: string): Promise<KboLoad> {
    const [load] = await this.db.query(`SELECT ${LOAD_COLUMNS} FROM kbo_loads WHERE id = $1`, [id]);
    if (!load)
      throw new NotFoundException({ message: `No KBO load ${id}`, code: 'kbo.load_not_found', params: { id } });
    return load;
  }

  /** The extract number of the last load that went through, or null. */
  async lastLoaded(runner: { query: DataSource['query'] } | PoolClient = this.db): Promise<number | null> {
    const result = await (runner as { query: (sql: string) => Promise<unknown> }).query(
      `SELECT extract_number FROM kbo_loads WHERE status = 'done' ORDER BY finished_at DESC LIMIT 1`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: { extract_number: number }[] }).rows) as {
      extract_number: number;
    }[];
    return rows[0]?.extract_number ?? null;
  }

  /**
   * Checks what can be checked at once (a readable zip, its meta.csv, its place in the sequence, no
   * load running) and records the load; the loading itself is `runLoad`.
   */
  async prepare(path: string, fileName: string, by: SignedInUser | null): Promise<KboLoad> {
    let zip: ExtractZip | undefined;
    try {
      zip = await ExtractZip.open(path);
      const meta = await metaOf(zip);
      checkSequence(meta, await this.lastLoaded());
      loadPlan(meta.extractType, zip.names);
      const [running] = await this.db.query(
        `SELECT 1 FROM kbo_loads WHERE status = 'running' AND started_at > now() - interval '6 hours'`,
      );
      if (running) throw new ExtractRefused('kbo.load_running', 'Another KBO load is running; wait for it to finish');
      const [{ id }] = await this.db.query(
        `INSERT INTO kbo_loads (file_name, extract_number, extract_type, snapshot_date, extract_timestamp, cookbook_version, started_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          fileName,
          meta.extractNumber,
          meta.extractType,
          meta.snapshotDate,
          meta.extractTimestamp,
          meta.version,
          by?.id ?? null,
        ],
      );
      return await this.get(id);
    } catch (error) {
      throw error instanceof ExtractRefused ? refusalToHttp(error) : error;
    } finally {
      zip?.close();
    }
  }

  /** Loads a recorded extract from its zip (the CLI, the demo, and the queue's job for an upload). */
  async runLoad(id: string, path: string, by: SignedInUser | null): Promise<KboLoad> {
    let zip: ExtractZip | undefined;
    let meta: ExtractMeta;
    try {
      zip = await ExtractZip.open(path);
      meta = await metaOf(zip);
    } catch (error) {
      zip?.close();
      const refused = error instanceof ExtractRefused ? error : failed(error);
      await this.db.query(
        `UPDATE kbo_loads SET status = 'failed', error_code = $2, error = $3, error_params = $4, finished_at = now() WHERE id = $1`,
        [id, refused.code, refused.message, JSON.stringify(refused.params)],
      );
      throw refusalToHttp(refused);
    }
    return this.run(id, zip, meta, by);
  }

  /** prepare() then runLoad() in this process, removing the file afterwards when asked (the CLI, the demo). */
  async load(
    path: string,
    fileName: string,
    by: SignedInUser | null,
    options: { removeFile?: boolean } = {},
  ): Promise<KboLoad> {
    try {
      const load = await this.prepare(path, fileName, by);
      return await this.runLoad(load.id, path, by);
    } finally {
      if (options.removeFile) await unlink(path).catch(() => undefined);
    }
  }

  /**
   * An upload: checked and recorded at once, then loaded by the job queue (answered 202 with the load,
   * whose progress `get` shows). The API keeps serving from the previous extract meanwhile.
   */
  async upload(path: string, fileName: string, by: SignedInUser): Promise<KboLoad> {
    let load: KboLoad;
    try {
      load = await this.prepare(path, fileName, by);
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
    try {
      await this.jobs.send(KBO_LOAD_JOB, { loadId: load.id, path, byId: by.id } satisfies KboLoadJob);
    } catch (error) {
      await this.db.query(
        `UPDATE kbo_loads SET status = 'failed', error_code = 'kbo.load_failed', error = $2, error_params = $3, finished_at = now() WHERE id = $1`,
        [load.id, 'The load could not be queued', JSON.stringify({ detail: 'The load could not be queued' })],
      );
      await unlink(path).catch(() => undefined);
      throw error;
    }
    return load;
  }

  /** The queue's work for one upload: safe to repeat (a load no longer running is left as it is). */
  private async work({ loadId, path, byId }: KboLoadJob): Promise<object> {
    const [state] = await this.db.query(`SELECT status FROM kbo_loads WHERE id = $1`, [loadId]);
    if (state?.status !== 'running') {
      await unlink(path).catch(() => undefined);
      return { loadId, status: state?.status ?? 'unknown' };
    }
    const [user] = byId
      ? await this.db.query(`SELECT id, email, full_name AS "fullName", role, language FROM users WHERE id = $1`, [
          byId,
        ])
      : [];
    try {
      const load = await this.runLoad(loadId, path, user ? { ...user, sessionId: '' } : null);
      await unlink(path).catch(() => undefined);
      return { loadId, status: load.status, changedOrganisations: load.changedOrganisations };
    } catch (error) {
      // A refusal is recorded on the load (status failed): nothing to try again.
      if (error instanceof HttpException) {
        await unlink(path).catch(() => undefined);
        return { loadId, status: 'failed', code: (error.getResponse() as { code?: string }).code };
      }
      throw error;
    }
  }

  private async run(id: string, zip: ExtractZip, meta: ExtractMeta, by: SignedInUser | null): Promise<KboLoad> {
    const started = Date.now();
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    let lastWrite = 0;
    let progressWrite: Promise<unknown> = Promise.resolve();
    try {
      // TypeORM's transaction on the runner (not a bare BEGIN), so the advisors' tasks join it through `runner.manager`.
      await runner.startTransaction();
      const [{ locked }] = (await client.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [LOAD_LOCK])).rows;
      if (!locked) throw new ExtractRefused('kbo.load_running', 'Another KBO load is running; wait for it to finish');
      checkSequence(meta, await this.lastLoaded(client));
      const steps = loadPlan(meta.extractType, zip.names);
      const counts = await pourSteps(
        client,
        zip,
        steps,
        (progress) => {
          if (Date.now() - lastWrite < 1000) return;
          lastWrite = Date.now();
          progressWrite = this.db
            .query(`UPDATE kbo_loads SET progress = $2 WHERE id = $1`, [id, JSON.stringify(progress)])
            .catch(() => undefined);
        },
        () => rebuildNameWords(client, steps),
      );
      const changed = await followChanges(client, id);
      // The tasks are part of the load: "done" is seen with them or not at all.
      await this.assignTasks(runner.manager, changed, by);
      await client.query(
        `UPDATE kbo_loads SET status = 'done', counts = $2, changed_organisations = $3, finished_at = now(), duration_ms = $4,
                progress = jsonb_build_object('step', $5::int, 'steps', $5::int) WHERE id = $1`,
        [id, JSON.stringify(counts), changed.length, Date.now() - started, Object.keys(counts).length],
      );
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await progressWrite;
      const refused = error instanceof ExtractRefused ? error : failed(error);
      await this.db.query(
        `UPDATE kbo_loads SET status = 'failed', error_code = $2, error = $3, error_params = $5, finished_at = now(), duration_ms = $4 WHERE id = $1`,
        [id, refused.code, refused.message, Date.now() - started, JSON.stringify(refused.params)],
      );
      throw refusalToHttp(refused);
    } finally {
      zip.close();
      await runner.release();
    }
    await progressWrite;
    return this.get(id);
  }

  /** One task per changed organisation with an advisor, in the advisor's language. */
  private async assignTasks(
    manager: EntityManager,
    changed: ChangedOrganisation[],
    by: SignedInUser | null,
  ): Promise<void> {
    const withAdvisor = changed.filter((c) => c.advisorId);
    if (!withAdvisor.length) return;
    const advisors: {
      id: string;
      email: string;
      full_name: string;
      role: SignedInUser['role'];
      language: SignedInUser['language'];
    }[] = await manager.query(`SELECT id, email, full_name, role, language FROM users WHERE id = ANY($1::uuid[])`, [
      withAdvisor.map((c) => c.advisorId),
    ]);
    const byId = new Map(advisors.map((a) => [a.id, a]));
    for (const change of withAdvisor) {
      const advisor = byId.get(change.advisorId!);
      if (!advisor) continue;
      const creator: SignedInUser = by ?? {
        id: advisor.id,
        email: advisor.email,
        fullName: advisor.full_name,
        role: advisor.role,
        language: advisor.language,
        sessionId: '',
      };
      await this.tasks.createWithin(
        manager,
        {
          title: changeTaskTitle(advisor.language, change.name, change.alert),
          organisationId: change.organisationId,
          assigneeId: advisor.id,
          dueOn: null,
        },
        creator,
      );
    }
  }
}

async function metaOf(zip: ExtractZip): Promise<ExtractMeta> {
  const metaEntry = zip.names.find((name) => /(^|\/)meta\.csv$/i.test(name));
  if (!metaEntry) throw new ExtractRefused('kbo.file_missing', 'The extract has no meta.csv', { file: 'meta.csv' });
  return parseMeta(await zip.text(metaEntry));
}

/** What an admin reads when the rows themselves were refused (PostgreSQL's words, no SQL). */
/** A load that failed for another reason than the extract: `kbo.load_failed`, its technical detail as a param. */
function failed(error: unknown): ExtractRefused {
  const detail = loadFailure(error);
  return new ExtractRefused('kbo.load_failed', detail, { detail });
}

function loadFailure(error: unknown): string {
  if (error instanceof HttpException) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const where = (error as { where?: string }).where;
  return `The extract could not be loaded: ${message}${where ? ` (${where.split('\n')[0]})` : ''}`;
}
