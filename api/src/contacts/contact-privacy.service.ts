import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { formatEnterpriseNumber } from '../domain/enterprise-number';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';

export const ANONYMISED = { firstName: 'Anonymised', lastName: 'Contact' } as const;

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
      const contact = await this.contacts.get(id, manager);
      const [organisation] = await manager.query(`SELECT id, name, enterprise_number FROM organisations WHERE id = $1`, [contact.organisationId]);
      const meetings = await this.meetingsNaming(id, manager);
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
        organisation: organisation && {
          id: organisation.id,
          name: organisation.name,
          enterpriseNumber: organisation.enterprise_number && formatEnterpriseNumber(organisation.enterprise_number),
        },
        meetings,
        auditTrail: trail,
      };
    });
  }

  /**
   * Irreversible: the person's name, e-mail, phone and notes are overwritten, they are removed
   * from meeting participants and their name from meeting notes; the record stays for the counts.
   */
  async anonymise(id: string, by: SignedInUser): Promise<Contact> {
    return this.db.transaction(async (manager) => {
      const contact = await this.contacts.get(id, manager);
      if (contact.anonymisedAt) throw new BusinessRuleViolation('contact.already_anonymised');
      await this.eraseFromMeetings(contact, manager);
      await manager.query(
        `UPDATE contacts
            SET first_name = $2, last_name = $3, job_title = NULL, email = NULL, phone = NULL, notes = NULL,
                consent_given_at = NULL, is_primary = false, anonymised_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, ANONYMISED.firstName, ANONYMISED.lastName],
      );
      // The trail keeps that the contact changed, not who the person was.
      const words = [`${contact.firstName} ${contact.lastName}`, contact.email, contact.phone, contact.lastName.length >= 4 ? contact.lastName : null];
      await manager.query(`SELECT audit_erase('contacts', $1, $2::text[])`, [id, words.filter((w): w is string => !!w)]);
      await recordAudit(manager, { userId: by.id, action: 'gdpr_anonymise', entity: 'contacts', entityId: id });
      return this.contacts.get(id, manager);
    });
  }

  /** Meetings that name the person among their participants. */
  private async meetingsNaming(id: string, manager: EntityManager): Promise<unknown[]> {
    return manager.query(
      `SELECT id, occurred_at AS "occurredAt", subject, notes, outcomes, next_steps AS "nextSteps" FROM meetings WHERE $1 = ANY(contact_ids) ORDER BY occurred_at`,
      [id],
    );
  }

  private async eraseFromMeetings(contact: Contact, manager: EntityManager): Promise<void> {
    const fullName = `${contact.firstName} ${contact.lastName}`;
    await manager.query(
      `UPDATE meetings
          SET contact_ids = array_remove(contact_ids, $1::uuid),
              notes = replace(replace(notes, $2, '[anonymised]'), $3, '[anonymised]'),
              outcomes = replace(replace(outcomes, $2, '[anonymised]'), $3, '[anonymised]'),
              next_steps = replace(replace(next_steps, $2, '[anonymised]'), $3, '[anonymised]')
        WHERE $1 = ANY(contact_ids) OR notes LIKE '%' || $2 || '%' OR notes LIKE '%' || $3 || '%'`,
      [contact.id, fullName, contact.email ?? fullName],
    );
  }
}
