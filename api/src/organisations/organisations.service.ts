import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { MovedToSurvivor } from '../common/errors/moved-to-survivor.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { updateAtVersion } from '../common/http/versioned-update';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import type { KboAlert } from '../domain/kbo-situations';
import { isOutsideBrussels } from '../domain/municipalities';
import { formatEnterpriseNumber } from '../domain/enterprise-number';
import { distinctWords, enterpriseNumberField, FieldErrors, municipalityField } from './organisation-rules';
import { ORGANISATION_PLAIN_FIELDS } from '../domain/organisation-fields';
import { Organisation } from './organisation.entity';
import {
  CreateOrganisationDto,
  OrganisationFields,
  OrganisationRecord,
  TagOrganisationsDto,
  UpdateOrganisationDto,
} from './organisations.dto';
import { coded, codedFields, fieldError } from '../common/errors/coded-error';

function organisationRecord(organisation: Organisation): OrganisationRecord {
  return {
    ...organisation,
    enterpriseNumber: organisation.enterpriseNumber && formatEnterpriseNumber(organisation.enterpriseNumber),
    outsideBrussels: isOutsideBrussels(organisation.postcode),
  };
}

@Injectable()
export class OrganisationsService {
  constructor(private readonly db: DataSource) {}

  async list(query: ListQuery): Promise<ListPage<OrganisationRecord>> {
    const page = await fetchPage(
      this.db.getRepository(Organisation).createQueryBuilder('o').where('o.merged_into_id IS NULL'),
      query,
      'o.id',
    );
    const alerts = await this.kboAlerts(page.rows.map((o) => o.id));
    return { ...page, rows: page.rows.map((o) => ({ ...organisationRecord(o), kboAlert: alerts.get(o.id) ?? null })) };
  }

  /** The KBO's alert (stopped, bankruptcy, liquidation, reorganisation) for each of these organisations that has one. */
  private async kboAlerts(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, KboAlert>> {
    if (!ids.length) return new Map();
    const rows: { organisation_id: string; alert: KboAlert }[] = await manager.query(
      `SELECT organisation_id, alert FROM kbo_watch WHERE organisation_id = ANY($1::uuid[]) AND alert IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.organisation_id, r.alert]));
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<OrganisationRecord> {
    const organisation = await manager.findOne(Organisation, { where: { id } });
    if (!organisation) throw new NotFoundException(`No organisation ${id}`);
    if (organisation.mergedIntoId)
      throw new MovedToSurvivor('organisations', 'organisation', id, organisation.mergedIntoId);
    const alerts = await this.kboAlerts([id], manager);
    return { ...organisationRecord(organisation), kboAlert: alerts.get(id) ?? null };
  }

  async create(dto: CreateOrganisationDto, by: SignedInUser): Promise<OrganisationRecord> {
    return this.db.transaction((manager) => this.createWithin(manager, dto, by));
  }

  /** Creates an organisation inside a caller's transaction (an intake converted with its contact and case). */
  async createWithin(
    manager: EntityManager,
    dto: CreateOrganisationDto,
    by: SignedInUser,
  ): Promise<OrganisationRecord> {
    const changes = this.checkedChanges(dto, undefined);
    await this.assertNumberFree(changes.enterpriseNumber, undefined, manager);
    let id = '';
    await this.translateUniqueness(async () => {
      ({ id } = await manager.save(Organisation, {
        sectors: [],
        languages: [],
        tags: [],
        archived: false,
        ...changes,
        name: dto.name,
        createdById: by.id,
        version: 1,
      }));
    });
    return this.get(id, manager);
  }

  /** In the caller's transaction when given one (a KBO change applied, a merge). */
  async update(id: string, dto: UpdateOrganisationDto, within?: EntityManager): Promise<OrganisationRecord> {
    const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>) =>
      within ? work(within) : this.db.transaction(work);
    return inTransaction(async (manager) => {
      const stored = await manager.findOne(Organisation, { where: { id } });
      if (!stored) throw new NotFoundException(`No organisation ${id}`);
      const changes = this.checkedChanges(dto, stored);
      if (dto.name !== undefined) changes.name = dto.name;
      await this.assertNumberFree(changes.enterpriseNumber, id, manager);
      await this.translateUniqueness(() => updateAtVersion(manager, Organisation, id, dto.version, changes));
      return this.get(id, manager);
    });
  }

  /** Advisors and coordinators archive; an admin deletes, unless the journey still hangs on it. */
  async remove(id: string, by: SignedInUser): Promise<OrganisationRecord> {
    const organisation = await this.get(id);
    if (by.role !== 'admin') {
      if (!organisation.archived) {
        await this.db.transaction((manager) =>
          manager.query(
            `UPDATE organisations SET archived = true, version = version + 1, updated_at = now() WHERE id = $1`,
            [id],
          ),
        );
      }
      return this.get(id);
    }
    try {
      await this.db.transaction(async (manager) => {
        // A person is never hard-deleted (issue 17): the cascade would leave their full record in the trail, out of
        // reach of export and erasure. Their contacts are anonymised (deleted) first; the anonymised rows may go.
        const [person] = await manager.query(
          `SELECT 1 FROM contacts WHERE organisation_id = $1 AND anonymised_at IS NULL LIMIT 1 FOR UPDATE`,
          [id],
        );
        if (person) throw new ConflictException(coded('organisation.still_has_people'));
        await manager.delete(Organisation, { id });
      });
    } catch (error) {
      const table = (error as QueryFailedError & { driverError?: { code?: string; table?: string } }).driverError;
      if (table?.code === '23503') {
        throw new ConflictException(coded('organisation.still_has_records', { records: table.table ?? null }));
      }
      throw error;
    }
    return organisation;
  }

  /** Adds and removes tags on many organisations at once (the console's bulk action). */
  async tag(dto: TagOrganisationsDto): Promise<{ updated: number }> {
    const add = distinctWords(dto.add) ?? [];
    const remove = distinctWords(dto.remove) ?? [];
    const ids = dto.ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length !== dto.ids.length) throw new ValidationFailed({ ids: fieldError('organisation.ids_unknown') });
    const [, updated] = await this.db.transaction((manager) =>
      manager.query(
        `UPDATE organisations
          SET tags = ARRAY(SELECT DISTINCT t FROM unnest(tags || $2::text[]) t WHERE t <> ALL($3::text[]) ORDER BY t),
              version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
        [ids, add, remove],
      ),
    );
    return { updated };
  }

  /** Validates what needs more than one field or a rule, and turns the DTO into column values. */
  checkedChanges(dto: OrganisationFields, stored: Organisation | undefined): Partial<Organisation> {
    const errors: FieldErrors = {};
    const enterpriseNumber = enterpriseNumberField(dto.enterpriseNumber, errors);
    const municipality = municipalityField(dto, stored, errors);
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
    const changes: Partial<Organisation> = {};
    const copy = <K extends keyof OrganisationFields & keyof Organisation>(key: K) => {
      if (dto[key] !== undefined) (changes as Record<string, unknown>)[key] = dto[key];
    };
    [...ORGANISATION_PLAIN_FIELDS, 'archived' as const].forEach(copy);
    if (enterpriseNumber !== undefined) changes.enterpriseNumber = enterpriseNumber;
    if (municipality !== undefined) changes.municipality = municipality;
    if (dto.sectors) changes.sectors = distinctWords(dto.sectors) as Organisation['sectors'];
    if (dto.languages) changes.languages = distinctWords(dto.languages) as Organisation['languages'];
    if (dto.tags) changes.tags = distinctWords(dto.tags);
    return changes;
  }

  private async assertNumberFree(
    enterpriseNumber: string | null | undefined,
    exceptId: string | undefined,
    manager: EntityManager,
  ): Promise<void> {
    if (!enterpriseNumber) return;
    const [holder] = await manager.query(
      `SELECT id, name FROM organisations WHERE enterprise_number = $1 AND id IS DISTINCT FROM $2`,
      [enterpriseNumber, exceptId ?? null],
    );
    if (holder) throw numberTaken(holder.name);
  }

  private async translateUniqueness(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (
        (error as { driverError?: { constraint?: string } }).driverError?.constraint ===
        'organisations_enterprise_number_unique'
      )
        throw numberTaken();
      throw error;
    }
  }
}

function numberTaken(holder?: string): ConflictException {
  return new ConflictException(
    codedFields(
      'enterprise_number.taken',
      { holder: holder ?? '' },
      { enterpriseNumber: fieldError('enterprise_number.taken', { holder: holder ?? '' }) },
    ),
  );
}
