import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../../audit/audit-trail';
import type { SignedInUser } from '../../common/auth/signed-in-user';
import { CsvRecord, decodeCsv, readCsv } from '../../common/csv/csv-reader';
import { coded, fieldError } from '../../common/errors/coded-error';
import { ValidationFailed } from '../../common/errors/validation-errors';
import type { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { mapHeaders, type ImportField } from './import-headers';
import { ImportAction, importPlanner, ImportRowReport, ImportStep, StoredOrganisation } from './import-plan';
import type { Language } from '../../domain';

export interface ImportReport {
  committed: boolean;
  summary: Record<ImportAction, number> & { rows: number };
  ignoredColumns: string[];
  /** Every row for a file of at most REPORT_ROWS rows; past that, the rows that need attention (first REPORT_ROWS). */
  rows: ImportRowReport[];
  /** Whether `rows` holds every row of the file (else the full report is `?report=csv`). */
  complete: boolean;
  /** Rows refused, changing a stored organisation, or with a note. */
  attention: number;
}

interface ImportRun {
  report: ImportReport;
  /** Every row's report, for the downloadable CSV. */
  all: ImportRowReport[];
}

/** A file with at most this many rows is reported row by row; a larger one by counts and the rows needing attention. */
const REPORT_ROWS = 500;
/** Rows planned between two turns of the event loop: other requests are answered while a big file is read. */
const SLICE = 500;

const COLUMNS = `id uuid, name text, enterprise_number text, legal_form text, sectors text[], description text, social_mission text,
  street text, postcode text, municipality text, website text, email text, phone text, founded_on date, registered_on date, employees_fte numeric,
  volunteers integer, languages text[], tags text[]`;
const ASSIGNMENTS = COLUMNS.split(',')
  .map((c) => c.trim().split(' ')[0])
  .filter((c) => c !== 'id');
const BATCH = 2000;

const needsAttention = (row: ImportRowReport) =>
  row.action === 'refuse' || row.action === 'update' || row.notes.length > 0;

/**
 * `POST /api/organisations/import`: a dry run by default; `commit` applies the same plan in one transaction.
 * Capped in bytes and rows (IMPORT_MAX_MB, IMPORT_MAX_ROWS); each row passes the API's own field rules; the
 * commit locks only the organisations it updates (imports wait for one another, nothing else waits for them).
 */
@Injectable()
export class OrganisationImportService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(
    csv: Buffer,
    commit: boolean,
    by: SignedInUser,
    language: Language = 'en',
    chosen: Record<string, ImportField> = {},
  ): Promise<ImportRun> {
    const { maxRows, maxBytes } = this.config.importLimits;
    if (csv.length > maxBytes) {
      throw new HttpException(
        coded('import.too_large', { maxMb: Math.round(maxBytes / 1024 / 1024) }),
        HttpStatus.PAYLOAD_TOO_LARGE,
      );
    }
    const records = readCsv(decodeCsv(csv), undefined, maxRows + 1);
    if (records.length === 0) throw new ValidationFailed({ file: fieldError('import.empty_file') });
    if (records.length - 1 > maxRows)
      throw new HttpException(coded('import.too_many_rows', { max: maxRows }), HttpStatus.PAYLOAD_TOO_LARGE);
    const [header, ...rows] = records;
    const mapping = mapHeaders(header.cells, chosen);
    if (![...mapping.columns.values()].includes('name')) {
      throw new ValidationFailed({ file: fieldError('import.no_name_column') });
    }
    if (mapping.duplicated.length)
      throw new ValidationFailed({ file: fieldError('import.duplicated_columns', { columns: mapping.duplicated }) });

    const plan = async (manager: EntityManager) => {
      const planRow = importPlanner(mapping, await this.stored(manager), language);
      return inSlices(rows, planRow);
    };
    const steps = commit
      ? await this.db.transaction(async (manager) => {
          // Imports take turns (two files creating the same organisation); lists, meetings and edits do not wait.
          await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('organisation-import', 0))`);
          const planned = await plan(manager);
          await this.apply(manager, planned, by);
          return planned;
        })
      : await plan(this.db.manager);
    const summary = { rows: steps.length, create: 0, update: 0, unchanged: 0, refuse: 0 };
    for (const { report } of steps) summary[report.action]++;
    const all = steps.map((s) => s.report);
    const attention = all.filter(needsAttention);
    const complete = all.length <= REPORT_ROWS;
    return {
      report: {
        committed: commit,
        summary,
        ignoredColumns: mapping.ignored,
        rows: complete ? all : attention.slice(0, REPORT_ROWS),
        complete,
        attention: attention.length,
      },
      all,
    };
  }

  private async stored(manager: EntityManager): Promise<StoredOrganisation[]> {
    return manager.query(
      `SELECT id, name, enterprise_number AS "enterpriseNumber", legal_form AS "legalForm", sectors, description,
              social_mission AS "socialMission", street, postcode, municipality, website, email, phone,
              to_char(founded_on, 'YYYY-MM-DD') AS "foundedOn", to_char(registered_on, 'YYYY-MM-DD') AS "registeredOn", employees_fte::float8 AS "employeesFte", volunteers, languages, tags,
              version
         FROM organisations WHERE merged_into_id IS NULL`,
    );
  }

  private async apply(manager: EntityManager, steps: ImportStep[], by: SignedInUser): Promise<void> {
    const toRecord = (row: NonNullable<ImportStep['row']>) => ({
      id: row.id,
      name: row.name,
      enterprise_number: row.enterpriseNumber,
      legal_form: row.legalForm,
      sectors: row.sectors ?? [],
      description: row.description,
      social_mission: row.socialMission,
      street: row.street,
      postcode: row.postcode,
      municipality: row.municipality,
      website: row.website,
      email: row.email,
      phone: row.phone,
      founded_on: row.foundedOn,
      registered_on: row.registeredOn,
      employees_fte: row.employeesFte,
      volunteers: row.volunteers,
      languages: row.languages ?? [],
      tags: row.tags ?? [],
    });
    await this.refuseChangedMeanwhile(manager, steps);
    const createSteps = steps.filter((s) => s.report.action === 'create');
    const creates = createSteps.map((s) => toRecord(s.row!));
    const updates = steps.filter((s) => s.report.action === 'update').map((s) => toRecord(s.row!));
    for (let i = 0; i < creates.length; i += BATCH) {
      const ids: { id: string }[] = await manager.query(
        `INSERT INTO organisations (${ASSIGNMENTS.join(', ')}, created_by_id)
         SELECT ${ASSIGNMENTS.join(', ')}, $2 FROM jsonb_to_recordset($1::jsonb) AS v(${COLUMNS}) RETURNING id`,
        [JSON.stringify(creates.slice(i, i + BATCH)), by.id],
      );
      ids.forEach(({ id }, k) => (createSteps[i + k].report.organisationId = id));
    }
    for (let i = 0; i < updates.length; i += BATCH) {
      await manager.query(
        `UPDATE organisations o SET ${ASSIGNMENTS.map((c) => `${c} = v.${c}`).join(', ')}, version = o.version + 1, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS v(${COLUMNS}) WHERE o.id = v.id`,
        [JSON.stringify(updates.slice(i, i + BATCH))],
      );
    }
    await recordAudit(manager, {
      userId: by.id,
      action: 'import',
      entity: 'organisations',
      changes: { created: creates.length, updated: updates.length, rows: steps.length },
    });
  }

  /**
   * Locks the organisations about to be updated (and only those); one that someone changed since the plan
   * read it is left as it is now, its row refused with the reason.
   */
  private async refuseChangedMeanwhile(manager: EntityManager, steps: ImportStep[]): Promise<void> {
    const updates = steps.filter((s) => s.report.action === 'update');
    if (!updates.length) return;
    const now: { id: string; version: number }[] = await manager.query(
      `SELECT id, version FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [updates.map((s) => s.report.organisationId)],
    );
    const versions = new Map(now.map((o) => [o.id, o.version]));
    for (const step of updates) {
      if (versions.get(step.report.organisationId!) === step.version) continue;
      step.report.action = 'refuse';
      step.report.reasons = ['changed by someone else while the file was read; import it again'];
      step.row = undefined;
    }
  }
}

/** `plan` over every record, yielding to the event loop between slices. */
async function inSlices(records: CsvRecord[], plan: (record: CsvRecord) => ImportStep): Promise<ImportStep[]> {
  const steps: ImportStep[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i > 0 && i % SLICE === 0) await nextTurn();
    steps.push(plan(records[i]));
  }
  return steps;
}
