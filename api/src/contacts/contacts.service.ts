import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { ValidationFailed } from '../common/errors/validation-errors';
import { lockOrganisation } from '../organisations/organisations.queries';
import { updateAtVersion } from '../common/http/versioned-update';
import { MovedToSurvivor } from '../common/errors/moved-to-survivor.exception';
import { EntityReader } from '../common/list/entity-reader';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { Contact } from './contact.entity';
import { ContactFields, CreateContactDto, UpdateContactDto } from './contacts.dto';
import { fieldError } from '../common/errors/coded-error';

export type ContactRecord = Contact;

@Injectable()
export class ContactsService extends EntityReader<Contact> {
  constructor(db: DataSource) {
    super(db, Contact, 'c', 'contact');
  }

  /** Merged contacts stay as tombstones: out of lists, and a read of one names its survivor (301). */
  override list(query: ListQuery): Promise<ListPage<Contact>> {
    return fetchPage(
      this.db.getRepository(Contact).createQueryBuilder('c').where('c.merged_into_id IS NULL'),
      query,
      'c.id',
    );
  }

  override async get(id: string, manager: EntityManager = this.db.manager): Promise<Contact> {
    const contact = await super.get(id, manager);
    if (contact.mergedIntoId) throw new MovedToSurvivor('contacts', 'contact', id, contact.mergedIntoId);
    return contact;
  }

  async create(dto: CreateContactDto, by: SignedInUser): Promise<ContactRecord> {
    return this.db.transaction((manager) => this.createWithin(manager, dto, by));
  }

  /** Creates a contact inside a caller's transaction (an intake converted with its organisation and case). */
  async createWithin(manager: EntityManager, dto: CreateContactDto, by: SignedInUser): Promise<ContactRecord> {
    const changes = checkedChanges(dto, undefined);
    if (!(await lockOrganisation(manager, dto.organisationId)))
      throw new ValidationFailed({ organisationId: fieldError('organisation.unknown') });
    if (changes.isPrimary) await this.demoteOtherPrimary(manager, dto.organisationId, undefined);
    const { id } = await manager.save(Contact, {
      legalBasis: 'public_task',
      isPrimary: false,
      ...changes,
      organisationId: dto.organisationId,
      firstName: dto.firstName,
      lastName: dto.lastName,
      createdById: by.id,
      version: 1,
    });
    return this.get(id, manager);
  }

  /** In the caller's transaction when given one (a merge). */
  async update(id: string, dto: UpdateContactDto, within?: EntityManager): Promise<ContactRecord> {
    const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>) =>
      within ? work(within) : this.db.transaction(work);
    return inTransaction(async (manager) => {
      const stored = await this.get(id, manager);
      if (stored.anonymisedAt) throw new BusinessRuleViolation('contact.anonymised');
      const changes = checkedChanges(dto, stored);
      if (dto.firstName !== undefined) changes.firstName = dto.firstName;
      if (dto.lastName !== undefined) changes.lastName = dto.lastName;
      if (changes.isPrimary && !stored.isPrimary) {
        await manager.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [stored.organisationId]);
        await this.demoteOtherPrimary(manager, stored.organisationId, id);
      }
      await updateAtVersion(manager, Contact, id, dto.version, changes);
      return this.get(id, manager);
    });
  }

  /** One primary contact per organisation: naming a new one steps the previous one down. */
  private async demoteOtherPrimary(
    manager: EntityManager,
    organisationId: string,
    keepId: string | undefined,
  ): Promise<void> {
    await manager.query(
      `UPDATE contacts SET is_primary = false, version = version + 1, updated_at = now()
        WHERE organisation_id = $1 AND is_primary AND id IS DISTINCT FROM $2`,
      [organisationId, keepId ?? null],
    );
  }
}

/** Consent is a basis only with the date it was given. */
function checkedChanges(dto: ContactFields, stored: Contact | undefined): Partial<Contact> {
  const basis = dto.legalBasis ?? stored?.legalBasis ?? 'public_task';
  const consentGivenAt = dto.consentGivenAt !== undefined ? dto.consentGivenAt : (stored?.consentGivenAt ?? null);
  if (basis === 'consent' && !consentGivenAt) {
    throw new ValidationFailed({ consentGivenAt: fieldError('contact.consent_date_required') });
  }
  const changes: Partial<Contact> = {};
  for (const key of ['jobTitle', 'email', 'phone', 'language', 'isPrimary', 'legalBasis', 'notes'] as const) {
    if (dto[key] !== undefined) (changes as Record<string, unknown>)[key] = dto[key];
  }
  if (dto.consentGivenAt !== undefined)
    changes.consentGivenAt = dto.consentGivenAt === null ? null : new Date(dto.consentGivenAt);
  return changes;
}
