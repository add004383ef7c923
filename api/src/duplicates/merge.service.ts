import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { codedFields, fieldError, type CodedError } from '../common/errors/coded-error';
import { ContactsService, type UpdateContactDto } from '../contacts';
import {
  ORGANISATION_PLAIN_FIELDS,
  ORGANISATION_WORD_LISTS,
  OrganisationsService,
  type UpdateOrganisationDto,
} from '../organisations';

/** Fields a merge lets the coordinator take from either side (arrays are always united). */
const ORGANISATION_MERGE_FIELDS = ['name', 'enterpriseNumber', ...ORGANISATION_PLAIN_FIELDS] as const;
const CONTACT_MERGE_FIELDS = [
  'firstName',
  'lastName',
  'jobTitle',
  'email',
  'phone',
  'language',
  'organisationId',
  'notes',
] as const;

interface MergeRequest {
  sourceId: string;
  fields?: Record<string, 'survivor' | 'source'>;
}

const conflict = (code: string, message: string, params: Record<string, unknown>) =>
  new ConflictException({ message, code, params });
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Merges two records of the register into one, in one transaction: every record hanging on the
 * source moves to the survivor (found from the database's own foreign keys, so a concept added later
 * is moved too), the chosen field values are written through the concept's service, the source stays
 * as a tombstone naming the survivor, and the audit log gets one line with both ids. Both rows are
 * locked in id order first, so of two merges racing on a pair one wins and the other gets a 409.
 */
@Injectable()
export class MergeService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
  ) {}

  async mergeOrganisations(survivorId: string, request: MergeRequest, by: SignedInUser) {
    const fields = checkedFields(request, ORGANISATION_MERGE_FIELDS);
    return this.db.transaction(async (manager) => {
      const { survivor, source } = await lockPair(
        manager,
        'organisations',
        survivorId,
        request.sourceId,
        'organisation',
      );
      if (
        survivor.enterprise_number &&
        source.enterprise_number &&
        survivor.enterprise_number !== source.enterprise_number
      ) {
        throw conflict(
          'organisation.merge_numbers_differ',
          'These organisations have different enterprise numbers: they are two enterprises',
          { survivorNumber: survivor.enterprise_number, sourceNumber: source.enterprise_number },
        );
      }
      const open = await manager.query(
        `SELECT DISTINCT organisation_id FROM cases WHERE status <> 'closed' AND organisation_id = ANY($1::uuid[])`,
        [[survivorId, request.sourceId]],
      );
      if (open.length === 2) {
        throw conflict(
          'organisation.merge_open_cases',
          'Both organisations have an open case: close or merge one of the cases first',
          { survivorId, sourceId: request.sourceId },
        );
      }
      const update: Record<string, unknown> = { version: survivor.version };
      for (const field of ORGANISATION_MERGE_FIELDS)
        if (fields[field] === 'source') update[field] = source[snake(field)];
      if (fields.foundedOn === 'source')
        update.foundedOn = (
          await manager.query(`SELECT to_char(founded_on, 'YYYY-MM-DD') AS day FROM organisations WHERE id = $1`, [
            request.sourceId,
          ])
        )[0].day;
      if (fields.registeredOn === 'source')
        update.registeredOn = (
          await manager.query(`SELECT to_char(registered_on, 'YYYY-MM-DD') AS day FROM organisations WHERE id = $1`, [
            request.sourceId,
          ])
        )[0].day;
      if (fields.employeesFte === 'source' && source.employees_fte !== null)
        update.employeesFte = Number(source.employees_fte);
      for (const field of ORGANISATION_WORD_LISTS)
        update[field] = [...new Set([...(survivor[field] as string[]), ...(source[field] as string[])])];
      // The number moves with the chosen side: free it on the source first (it is unique).
      await manager.query(
        `UPDATE organisations SET enterprise_number = NULL WHERE id = $1 AND enterprise_number IS NOT NULL`,
        [request.sourceId],
      );
      if (update.enterpriseNumber === undefined && !survivor.enterprise_number && source.enterprise_number)
        update.enterpriseNumber = source.enterprise_number;
      // One primary contact per organisation: the survivor's stays primary.
      await manager.query(
        `UPDATE contacts SET is_primary = false WHERE organisation_id = $1 AND is_primary AND EXISTS (SELECT 1 FROM contacts WHERE organisation_id = $2 AND is_primary)`,
        [request.sourceId, survivorId],
      );
      await manager.query(`DELETE FROM kbo_watch WHERE organisation_id = $1`, [request.sourceId]);
      const moved = await moveReferences(manager, 'organisations', request.sourceId, survivorId);
      await manager.query(
        `UPDATE organisations SET merged_into_id = $2, archived = true, version = version + 1, updated_at = now() WHERE id = $1`,
        [request.sourceId, survivorId],
      );
      const record = await this.organisations.update(survivorId, update as unknown as UpdateOrganisationDto, manager);
      await recordAudit(manager, {
        userId: by.id,
        action: 'merge',
        entity: 'organisations',
        entityId: survivorId,
        changes: { survivorId, sourceId: request.sourceId, fields, moved },
      });
      return { survivor: record, sourceId: request.sourceId, moved };
    });
  }

  async mergeContacts(survivorId: string, request: MergeRequest, by: SignedInUser) {
    const fields = checkedFields(request, CONTACT_MERGE_FIELDS);
    return this.db.transaction(async (manager) => {
      const { survivor, source } = await lockPair(manager, 'contacts', survivorId, request.sourceId, 'contact');
      if (survivor.anonymised_at || source.anonymised_at) {
        throw conflict('contact.merge_anonymised', 'An anonymised contact cannot be merged', {
          survivorId,
          sourceId: request.sourceId,
        });
      }
      const update: Record<string, unknown> = { version: survivor.version };
      for (const field of CONTACT_MERGE_FIELDS) if (fields[field] === 'source') update[field] = source[snake(field)];
      const moved = await moveReferences(manager, 'contacts', request.sourceId, survivorId);
      const [, meetings] = await manager.query(
        `UPDATE meetings SET contact_ids = ARRAY(SELECT DISTINCT unnest(array_replace(contact_ids, $1::uuid, $2::uuid))), version = version + 1, updated_at = now()
          WHERE $1::uuid = ANY(contact_ids)`,
        [request.sourceId, survivorId],
      );
      moved['meetings.contact_ids'] = meetings;
      await manager.query(
        `UPDATE contacts SET merged_into_id = $2, is_primary = false, version = version + 1, updated_at = now() WHERE id = $1`,
        [request.sourceId, survivorId],
      );
      const record = await this.contacts.update(survivorId, update as unknown as UpdateContactDto, manager);
      await recordAudit(manager, {
        userId: by.id,
        action: 'merge',
        entity: 'contacts',
        entityId: survivorId,
        changes: { survivorId, sourceId: request.sourceId, fields, moved },
      });
      return { survivor: record, sourceId: request.sourceId, moved };
    });
  }
}

function checkedFields(request: MergeRequest, allowed: readonly string[]): Record<string, 'survivor' | 'source'> {
  const fields = request.fields ?? {};
  const errors: Record<string, CodedError> = {};
  for (const [field, side] of Object.entries(fields)) {
    if (!allowed.includes(field)) errors[`fields.${field}`] = fieldError('merge.field_not_allowed', { field, allowed });
    else if (side !== 'survivor' && side !== 'source') errors[`fields.${field}`] = fieldError('merge.side', { field });
  }
  if (Object.keys(errors).length) throw new BadRequestException(codedFields('merge.bad_fields', {}, errors));
  return fields;
}

async function lockPair(manager: EntityManager, table: string, survivorId: string, sourceId: string, noun: string) {
  if (survivorId === sourceId) {
    const code = noun === 'contact' ? 'contact.merge_same' : 'organisation.merge_same';
    throw new BadRequestException(codedFields(code, {}, { sourceId: fieldError(code) }));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whole rows of any merged table, compared column by column
  const rows: Record<string, any>[] = await manager.query(
    `SELECT * FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [[survivorId, sourceId]],
  );
  const survivor = rows.find((r) => r.id === survivorId);
  const source = rows.find((r) => r.id === sourceId);
  if (!survivor)
    throw new NotFoundException({
      message: `No ${noun} ${survivorId}`,
      code: `${noun}.not_found`,
      params: { id: survivorId },
    });
  if (!source) {
    const code = noun === 'contact' ? 'contact.merge_source_unknown' : 'organisation.merge_source_unknown';
    throw new BadRequestException(
      codedFields(code, { id: sourceId }, { sourceId: fieldError(code, { id: sourceId }) }),
    );
  }
  for (const row of [survivor, source]) {
    if (row.merged_into_id)
      throw conflict(`${noun}.already_merged`, `This ${noun} was already merged into another one`, {
        id: row.id,
        survivorId: row.merged_into_id,
      });
  }
  return { survivor, source };
}

/** Every column that references `table(id)`, pointed from the source to the survivor; rows moved per table. */
async function moveReferences(
  manager: EntityManager,
  table: string,
  sourceId: string,
  survivorId: string,
): Promise<Record<string, number>> {
  const references: { referencing: string; column: string }[] = await manager.query(
    `SELECT c.conrelid::regclass::text AS referencing, a.attname AS column
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = $1::regclass AND array_length(c.conkey, 1) = 1`,
    [table],
  );
  const moved: Record<string, number> = {};
  for (const { referencing, column } of references) {
    if (referencing === table && column === 'merged_into_id') {
      // Older tombstones of the source now name the survivor.
      await manager.query(`UPDATE ${table} SET merged_into_id = $2 WHERE merged_into_id = $1`, [sourceId, survivorId]);
      continue;
    }
    const [, count] = await manager.query(`UPDATE ${referencing} SET ${column} = $2 WHERE ${column} = $1`, [
      sourceId,
      survivorId,
    ]);
    if (count) moved[referencing] = (moved[referencing] ?? 0) + count;
  }
  return moved;
}
