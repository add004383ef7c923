import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../../audit/audit-trail';
import type { SignedInUser } from '../../common/auth/signed-in-user';
import { decodeCsv, readCsv } from '../../common/csv/csv-reader';
import { ValidationFailed } from '../../common/errors/validation-errors';
import { mapHeaders } from './import-headers';
import { ImportAction, ImportRowReport, ImportStep, planImport, StoredOrganisation } from './import-plan';
import { fieldError } from '../../common/errors/coded-error';

export interface ImportReport {
  committed: boolean;
  summary: Record<ImportAction, number> & { rows: number };
  ignoredColumns: string[];
  rows: ImportRowReport[];
}

const COLUMNS = `id uuid, name text, enterprise_number text, legal_form text, sectors text[], description text, social_mission text,
  street text, postcode text, municipality text, website text, email text, phone text, founded_on date, registered_on date, employees_fte numeric,
  volunteers integer, languages text[], tags text[]`;
const ASSIGNMENTS = COLUMNS.split(',').map((c) => c.trim().split(' ')[0]).filter((c) => c !== 'id');
const BATCH = 2000;

/** `POST /api/organisations/import`: a dry run by default; `commit` applies the same plan in one transaction. */
@Injectable()
export class OrganisationImportService {
  constructor(private readonly db: DataSource) {}

  async run(csv: Buffer, commit: boolean, by: SignedInUser): Promise<ImportReport> {
    const records = readCsv(decodeCsv(csv));
    if (records.length === 0) throw new ValidationFailed({ file: fieldError('import.empty_file') });
    const [header, ...rows] = records;
    const mapping = mapHeaders(header.cells);
    if (![...mapping.columns.values()].includes('name')) {
      throw new ValidationFailed({ file: fieldError('import.no_name_column') });
    }
    if (mapping.duplicated.length) throw new ValidationFailed({ file: fieldError('import.duplicated_columns', { columns: mapping.duplicated }) });

    const plan = async (manager: EntityManager) => planImport(rows, mapping, await this.stored(manager));
    const steps = commit
      ? await this.db.transaction(async (manager) => {
          // No one else adds or renumbers organisations while the plan is applied.
          await manager.query(`LOCK TABLE organisations IN SHARE ROW EXCLUSIVE MODE`);
          const planned = await plan(manager);
          await this.apply(manager, planned, by);
          return planned;
        })
      : await plan(this.db.manager);
    const summary = { rows: steps.length, create: 0, update: 0, unchanged: 0, refuse: 0 };
    for (const { report } of steps) summary[report.action]++;
    return { committed: commit, summary, ignoredColumns: mapping.ignored, rows: steps.map((s) => s.report) };
  }

  private async stored(manager: EntityManager): Promise<StoredOrganisation[]> {
    return manager.query(
      `SELECT id, name, enterprise_number AS "enterpriseNumber", legal_form AS "legalForm", sectors, description,
              social_mission AS "socialMission", street, postcode, municipality, website, email, phone,
              to_char(founded_on, 'YYYY-MM-DD') AS "foundedOn", to_char(registered_on, 'YYYY-MM-DD') AS "registeredOn", employees_fte::float8 AS "employeesFte", volunteers, languages, tags
         FROM organisations WHERE merged_into_id IS NULL`,
    );
  }

  private async apply(manager: EntityManager, steps: ImportStep[], by: SignedInUser): Promise<void> {
    const toRecord = (row: NonNullable<ImportStep['row']>) => ({
      id: row.id, name: row.name, enterprise_number: row.enterpriseNumber, legal_form: row.legalForm, sectors: row.sectors ?? [],
      description: row.description, social_mission: row.socialMission, street: row.street, postcode: row.postcode,
      municipality: row.municipality, website: row.website, email: row.email, phone: row.phone, founded_on: row.foundedOn,
      registered_on: row.registeredOn,
      employees_fte: row.employeesFte, volunteers: row.volunteers, languages: row.languages ?? [], tags: row.tags ?? [],
    });
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
}
