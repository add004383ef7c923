import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import { documentsOfContact, eraseContactDocuments } from '../documents/documents.queries';
import { formatEnterpriseNumber } from '../domain/enterprise-number';
import { eraseIntakes, intakesOfPerson } from '../intake/intake.queries';
import { identifierPatterns, Person } from '../domain/personal-identifiers';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';
import { PersonalDataFinder, PersonalDataMatch } from './personal-data.finder';

const ANONYMISED = { firstName: 'Anonymised', lastName: 'Contact' } as const;

/** What the admin reviews before anonymising: the forms searched and every record naming the person. */
export interface ErasurePreview {
  contactId: string;
  identifiers: { names: string[]; emails: string[]; phones: string[] };
  /** Erased with the contact. */
  erased: Omit<PersonalDataMatch, 'text'>[];
  /** Left as they are unless the admin names their `key` in `alsoErase`. */
  review: Omit<PersonalDataMatch, 'text'>[];
}

/** The GDPR rights of a contact: access (art. 15) and erasure as anonymisation (art. 17). */
@Injectable()
export class ContactPrivacyService {
  constructor(
    private readonly db: DataSource,
    private readonly contacts: ContactsService,
  ) {}

  /** Everything Traject holds about the person, as one JSON document; the export itself is logged. */
  async export(id: string, by: SignedInUser): Promise<Record<string, unknown>> {
    return this.db.transaction(async (manager) => {
      const contact = await this.known(id, manager);
      const [organisation] = await manager.query(
        `SELECT id, name, enterprise_number FROM organisations WHERE id = $1`,
        [contact.organisationId],
      );
      const meetings = await manager.query(
        `SELECT id, occurred_at AS "occurredAt", subject, notes, outcomes, next_steps AS "nextSteps" FROM meetings WHERE $1 = ANY(contact_ids) ORDER BY occurred_at`,
        [id],
      );
      const person = await personOf(contact, manager);
      const mentions = contact.anonymisedAt ? [] : await this.finder(contact, person, manager).find();
      const trail = await manager.query(
        `SELECT at, action, user_id AS "userId", changes FROM audit_log WHERE entity = 'contacts' AND entity_id = $1 ORDER BY at`,
        [id],
      );
      await recordAudit(manager, { userId: by.id, action: 'gdpr_export', entity: 'contacts', entityId: id });
      return {
        exportedAt: new Date().toISOString(),
        exportedBy: by.email,
        controller: 'hub.brussels (Brussels Agency for Business Support)',
        person: contact,
        formerEmails: person.emails.filter((e) => e.toLowerCase() !== contact.email?.toLowerCase()),
        formerPhones: person.phones.filter((p) => p !== contact.phone),
        organisation: organisation && {
          id: organisation.id,
          name: organisation.name,
          enterpriseNumber: organisation.enterprise_number && formatEnterpriseNumber(organisation.enterprise_number),
        },
        meetings,
        // Documents linked to the person: metadata, versions, extracted text and where to download each.
        documents: await documentsOfContact(manager, id),
        // What they sent through the public form, under any e-mail address they used.
        intakes: await intakesOfPerson(manager, person.emails),
        // Every record naming the person by name, e-mail or phone: the same search erasure uses.
        mentions: mentions.map(({ entity, id: recordId, field, text }) => ({ entity, id: recordId, field, text })),
        auditTrail: trail,
      };
    });
  }

  /** What anonymising would erase, and what it would leave for the admin to decide. */
  async preview(id: string): Promise<ErasurePreview> {
    return this.db.transaction(async (manager) => {
      const contact = await this.known(id, manager);
      if (contact.anonymisedAt) throw new BusinessRuleViolation('contact.already_anonymised');
      const person = await personOf(contact, manager);
      const matches = await this.finder(contact, person, manager).find();
      const brief = ({ text: _text, ...match }: PersonalDataMatch) => match;
      return {
        contactId: id,
        identifiers: {
          names: [`${contact.firstName} ${contact.lastName}`],
          emails: person.emails,
          phones: person.phones,
        },
        erased: matches.filter((m) => m.automatic).map(brief),
        review: matches.filter((m) => m.review).map(brief),
      };
    });
  }

  /**
   * Irreversible: the person's record is blanked, they leave meeting participants, every free-text
   * column naming them is rewritten (the derived search columns follow), their sign-in traces are
   * purged, and the audit trail keeps that things changed, not who the person was.
   */
  async anonymise(id: string, by: SignedInUser, alsoErase: string[] = []): Promise<Contact> {
    return this.db.transaction(async (manager) => {
      const contact = await this.known(id, manager);
      if (contact.anonymisedAt) throw new BusinessRuleViolation('contact.already_anonymised');
      await manager.query(`SELECT 1 FROM contacts WHERE id = $1 FOR UPDATE`, [id]);
      const person = await personOf(contact, manager);
      const patterns = identifierPatterns(person);
      const finder = this.finder(contact, person, manager);
      const matches = await finder.find();
      const concerning = await finder.concerningIds();
      const reviewable = new Set(matches.filter((m) => m.review).map((m) => m.key));
      const unknown = alsoErase.filter((key) => !reviewable.has(key));
      if (unknown.length)
        throw new ValidationFailed({
          alsoErase: fieldError('contact.erase_unknown_records', { ids: unknown.slice(0, 5) }),
        });
      await manager.query(
        `UPDATE meetings SET contact_ids = array_remove(contact_ids, $1::uuid), version = version + 1, updated_at = now() WHERE $1 = ANY(contact_ids)`,
        [id],
      );
      await manager.query(
        `UPDATE contacts
            SET first_name = $2, last_name = $3, job_title = NULL, email = NULL, phone = NULL, notes = NULL,
                consent_given_at = CASE WHEN legal_basis = 'consent' THEN consent_given_at END, is_primary = false, anonymised_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, ANONYMISED.firstName, ANONYMISED.lastName],
      );
      // Their public-form requests first, while the e-mail that finds them is still there.
      await eraseIntakes(manager, { emails: person.emails });
      const touched = await finder.erase(matches, new Set(alsoErase));
      concerning.push(...touched.filter((t) => alsoErase.some((key) => key.endsWith(`:${t}`))));
      // Documents about the person are deleted, not anonymised (a scan has no anonymous form).
      await eraseContactDocuments(manager, id);
      await manager.query(`DELETE FROM login_failures WHERE account = ANY($1::text[])`, [
        person.emails.map((e) => e.toLowerCase()),
      ]);
      await manager.query(`SELECT audit_forget('contacts', $1, $2, $3, $4::text[])`, [
        id,
        patterns.strong,
        patterns.all,
        concerning,
      ]);
      await recordAudit(manager, {
        userId: by.id,
        action: 'gdpr_anonymise',
        entity: 'contacts',
        entityId: id,
        changes: { records: touched.length },
      });
      if (isGone(contact))
        return {
          ...contact,
          ...ANONYMISED,
          jobTitle: null,
          email: null,
          phone: null,
          notes: null,
          anonymisedAt: new Date(),
        };
      return this.contacts.get(id, manager);
    });
  }

  /**
   * The person as the contacts table holds them or, when their row is gone (contacts were hard-deleted before
   * issue 17, or removed with their organisation), as the audit trail's delete line kept them: export and erasure
   * work by id on the trail. Once erased, the trail no longer knows them (404).
   */
  private async known(id: string, manager: EntityManager): Promise<Contact> {
    try {
      return await this.contacts.get(id, manager);
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
      const [line]: Array<{ changes: Record<string, { old?: unknown }> }> = await manager.query(
        `SELECT changes FROM audit_log WHERE entity = 'contacts' AND entity_id = $1 AND action = 'delete' AND changes IS NOT NULL ORDER BY id DESC LIMIT 1`,
        [id],
      );
      if (!line) throw error;
      const old = (column: string) => (line.changes[column]?.old ?? null) as string | null;
      const gone = {
        id,
        organisationId: old('organisation_id'),
        firstName: old('first_name') ?? '',
        lastName: old('last_name') ?? '',
        jobTitle: old('job_title'),
        email: old('email'),
        phone: old('phone'),
        notes: old('notes'),
        legalBasis: old('legal_basis'),
        anonymisedAt: null,
        mergedIntoId: null,
        gone: true,
      };
      return gone as unknown as Contact;
    }
  }

  /** DELETE on a contact: anonymised (once), never removed. */
  async anonymiseOnDelete(id: string, by: SignedInUser): Promise<Contact> {
    const contact = await this.contacts.get(id);
    return contact.anonymisedAt ? contact : this.anonymise(id, by);
  }

  private finder(contact: Contact, person: Person, manager: EntityManager): PersonalDataFinder {
    return new PersonalDataFinder(manager, identifierPatterns(person), {
      contactId: contact.id,
      organisationId: contact.organisationId,
    });
  }
}

/** The person as Traject has known them: current name, and every e-mail and phone their own audit trail recorded. */
async function personOf(contact: Contact, manager: EntityManager): Promise<Person> {
  const rows: { email: string | null; phone: string | null }[] = await manager.query(
    `SELECT v.email, v.phone FROM audit_log a,
            LATERAL (VALUES (a.changes -> 'email' ->> 'old', a.changes -> 'phone' ->> 'old'), (a.changes -> 'email' ->> 'new', a.changes -> 'phone' ->> 'new')) AS v(email, phone)
      WHERE a.entity = 'contacts' AND a.entity_id = $1 AND a.changes IS NOT NULL`,
    [contact.id],
  );
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const value of [contact.email, ...rows.map((r) => r.email)]) if (value) emails.add(value.toLowerCase());
  for (const value of [contact.phone, ...rows.map((r) => r.phone)]) if (value) phones.add(value);
  return { firstName: contact.firstName, lastName: contact.lastName, emails: [...emails], phones: [...phones] };
}

/** A person known only from the audit trail (their contact row is gone). */
function isGone(contact: Contact): boolean {
  return (contact as Contact & { gone?: boolean }).gone === true;
}
