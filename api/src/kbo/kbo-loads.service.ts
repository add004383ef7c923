import { ConflictException, BadRequestException, HttpException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { unlink } from 'node:fs/promises';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { changeTaskTitle } from '../domain/kbo-changes';
import { TasksService } from '../tasks/tasks.service';
import { checkSequence, ExtractMeta, ExtractRefused, loadPlan, parseMeta } from './extract-files';
import { pourSteps } from './extract-loader';
import { ExtractZip } from './extract-zip';
import { followChanges, ChangedOrganisation } from './kbo-watch';

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
  error: string | null;
  startedById: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
}

const LOAD_COLUMNS = `id, file_name AS "fileName", status, extract_number AS "extractNumber", extract_type AS "extractType",
  to_char(snapshot_date, 'YYYY-MM-DD') AS "snapshotDate", counts, progress, changed_organisations AS "changedOrganisations",
  error_code AS "errorCode", error, started_by_id AS "startedById", started_at AS "startedAt", finished_at AS "finishedAt", duration_ms AS "durationMs"`;

/** Any load, any process: one at a time. */
const LOAD_LOCK = 7_240_513;

const CONFLICTS = new Set(['kbo.update_out_of_order', 'kbo.update_without_full', 'kbo.load_running']);

/** An extract refusal as the API answers it: 409 for the order of extracts, else 400 naming the file. */
export function refusalToHttp(refused: ExtractRefused): HttpException {
  const body = { message: refused.message, code: refused.code, params: refused.params, errors: { file: refused.message } };
  return CONFLICTS.has(refused.code) ? new ConflictException(body) : new BadRequestException(body);
}

/**
 * Loads KBO extracts: a full one replaces every kbo_* table, an update applies its deletes then its
 * inserts; each in one transaction, so a failed load leaves the previous data serving. Then the
 * organisations whose KBO data changed are listed, and their advisors get a task.
 */
@Injectable()
export class KboLoadsService {
  private readonly logger = new Logger('KBO');

  constructor(private readonly db: DataSource, private readonly tasks: TasksService) {}

  async list(): Promise<KboLoad[]> {
    return this.db.query(`SELECT ${LOAD_COLUMNS} FROM kbo_loads ORDER BY started_at DESC LIMIT 100`);
  }

  async get(id: string): Promise<KboLoad> {
    const [load] = await this.db.query(`SELECT ${LOAD_COLUMNS} FROM kbo_loads WHERE id = $1`, [id]);
    if (!load) throw new NotFoundException({ message: `No KBO load ${id}`, code: 'kbo.load_not_found', params: { id } });
    return load;
  }

  /** The extract number of the last load that went through, or null. */
  async lastLoaded(runner: { query: DataSource['query'] } | PoolClient = this.db): Promise<number | null> {
    const result = await (runner as { query: (sql: string) => Promise<unknown> }).query(
      `SELECT extract_number FROM kbo_loads WHERE status = 'done' ORDER BY finished_at DESC LIMIT 1`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: { extract_number: number }[] }).rows) as { extract_number: number }[];
    return rows[0]?.extract_number ?? null;
  }

  /**
   * Checks what can be checked at once (a readable zip, its meta.csv, its place in the sequence, no
   * load running), records the load and returns it with the work still to do.
   */
  async prepare(path: string, fileName: string, by: SignedInUser | null): Promise<{ load: KboLoad; run: () => Promise<KboLoad> }> {
    let zip: ExtractZip | undefined;
    try {
      zip = await ExtractZip.open(path);
      const metaEntry = zip.names.find((name) => /(^|\/)meta\.csv$/i.test(name));
      if (!metaEntry) throw new ExtractRefused('kbo.file_missing', 'The extract has no meta.csv', { file: 'meta.csv' });
      const meta = parseMeta(await zip.text(metaEntry));
      checkSequence(meta, await this.lastLoaded());
      loadPlan(meta.extractType, zip.names);
      const [running] = await this.db.query(`SELECT 1 FROM kbo_loads WHERE status = 'running' AND started_at > now() - interval '6 hours'`);
      if (running) throw new ExtractRefused('kbo.load_running', 'Another KBO load is running; wait for it to finish');
      const [{ id }] = await this.db.query(
        `INSERT INTO kbo_loads (file_name, extract_number, extract_type, snapshot_date, extract_timestamp, cookbook_version, started_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [fileName, meta.extractNumber, meta.extractType, meta.snapshotDate, meta.extractTimestamp, meta.version, by?.id ?? null],
      );
      const opened = zip;
      zip = undefined;
      return { load: await this.get(id), run: () => this.run(id, opened, meta, by) };
    } catch (error) {
      throw error instanceof ExtractRefused ? refusalToHttp(error) : error;
    } finally {
      zip?.close();
    }
  }

  /** prepare() then run(), removing the uploaded file afterwards when asked. */
  async load(path: string, fileName: string, by: SignedInUser | null, options: { removeFile?: boolean; background?: boolean } = {}): Promise<KboLoad> {
    const remove = () => (options.removeFile ? unlink(path).catch(() => undefined) : Promise.resolve());
    let prepared: Awaited<ReturnType<KboLoadsService['prepare']>>;
    try {
      prepared = await this.prepare(path, fileName, by);
    } catch (error) {
      await remove();
      throw error;
    }
    const finished = prepared.run().finally(remove);
    if (!options.background) return finished;
    finished.catch((error) => this.logger.error(`KBO load ${prepared.load.id} failed: ${error instanceof Error ? error.message : error}`));
    return prepared.load;
  }

  private async run(id: string, zip: ExtractZip, meta: ExtractMeta, by: SignedInUser | null): Promise<KboLoad> {
    const started = Date.now();
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    let changed: ChangedOrganisation[] = [];
    let lastWrite = 0;
    let progressWrite: Promise<unknown> = Promise.resolve();
    try {
      await client.query('BEGIN');
      const [{ locked }] = (await client.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [LOAD_LOCK])).rows;
      if (!locked) throw new ExtractRefused('kbo.load_running', 'Another KBO load is running; wait for it to finish');
      checkSequence(meta, await this.lastLoaded(client));
      const steps = loadPlan(meta.extractType, zip.names);
      const counts = await pourSteps(client, zip, steps, (progress) => {
        if (Date.now() - lastWrite < 1000) return;
        lastWrite = Date.now();
        progressWrite = this.db.query(`UPDATE kbo_loads SET progress = $2 WHERE id = $1`, [id, JSON.stringify(progress)]).catch(() => undefined);
      });
      changed = await followChanges(client, id);
      await client.query(
        `UPDATE kbo_loads SET status = 'done', counts = $2, changed_organisations = $3, finished_at = now(), duration_ms = $4,
                progress = jsonb_build_object('step', $5::int, 'steps', $5::int) WHERE id = $1`,
        [id, JSON.stringify(counts), changed.length, Date.now() - started, Object.keys(counts).length],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await progressWrite;
      const refused = error instanceof ExtractRefused ? error : new ExtractRefused('kbo.load_failed', loadFailure(error));
      await this.db.query(
        `UPDATE kbo_loads SET status = 'failed', error_code = $2, error = $3, finished_at = now(), duration_ms = $4 WHERE id = $1`,
        [id, refused.code, refused.message, Date.now() - started],
      );
      throw refusalToHttp(refused);
    } finally {
      zip.close();
      await runner.release();
    }
    await progressWrite;
    await this.assignTasks(changed, by);
    return this.get(id);
  }

  /** One task per changed organisation with an advisor, in the advisor's language. */
  private async assignTasks(changed: ChangedOrganisation[], by: SignedInUser | null): Promise<void> {
    const withAdvisor = changed.filter((c) => c.advisorId);
    if (!withAdvisor.length) return;
    const advisors: { id: string; email: string; full_name: string; role: SignedInUser['role']; language: SignedInUser['language'] }[] = await this.db.query(
      `SELECT id, email, full_name, role, language FROM users WHERE id = ANY($1::uuid[])`,
      [withAdvisor.map((c) => c.advisorId)],
    );
    const byId = new Map(advisors.map((a) => [a.id, a]));
    for (const change of withAdvisor) {
      const advisor = byId.get(change.advisorId!);
      if (!advisor) continue;
      const creator: SignedInUser = by ?? { id: advisor.id, email: advisor.email, fullName: advisor.full_name, role: advisor.role, language: advisor.language, sessionId: '' };
      await this.tasks.create(
        { title: changeTaskTitle(advisor.language, change.name, change.alert), organisationId: change.organisationId, assigneeId: advisor.id, dueOn: null },
        creator,
      );
    }
  }
}

/** What an admin reads when the rows themselves were refused (PostgreSQL's words, no SQL). */
function loadFailure(error: unknown): string {
  if (error instanceof HttpException) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const where = (error as { where?: string }).where;
  return `The extract could not be loaded: ${message}${where ? ` (${where.split('\n')[0]})` : ''}`;
}
