import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONTACT_SEARCH, ORGANISATION_SEARCH } from '../../../migrations/1764288000000-CreateOrganisationsAndContacts';
import { MEETING_SEARCH } from '../../../migrations/1764374400000-CreateJourney';
import { formatEnterpriseNumber } from '../organisations/enterprise-number';
import { snippet } from './snippet';

export interface SearchResults {
  q: string;
  organisations: Array<{ id: string; name: string; enterpriseNumber: string | null; archived: boolean; snippet: string }>;
  contacts: Array<{ id: string; organisationId: string; name: string; organisationName: string; snippet: string }>;
  meetings: Array<{ id: string; organisationId: string; subject: string; occurredAt: Date; organisationName: string; snippet: string }>;
}

const matches = (expression: string) => `search_text(${expression}) LIKE '%' || search_text($1) || '%'`;
const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One box for the whole register: organisations, contacts and meeting notes, grouped, each with the matching words. */
@Injectable()
export class SearchService {
  constructor(private readonly db: DataSource) {}

  async search(q: string, limit: number): Promise<SearchResults> {
    const pattern = escapeLike(q);
    const digits = q.replace(/[\s.]/g, '');
    const [organisations, contacts, meetings] = await Promise.all([
      this.db.query(
        `SELECT id, name, enterprise_number, description, archived FROM organisations
          WHERE ${matches(ORGANISATION_SEARCH)} ORDER BY archived, lower(name) LIMIT $2`,
        [pattern, limit],
      ),
      this.db.query(
        `SELECT c.id, c.organisation_id, c.first_name, c.last_name, c.email, c.job_title, o.name AS organisation_name
           FROM contacts c JOIN organisations o ON o.id = c.organisation_id
          WHERE c.anonymised_at IS NULL AND ${matches(CONTACT_SEARCH.replace(/\b(first_name|last_name|email|job_title)\b/g, 'c.$1'))}
          ORDER BY lower(c.last_name), lower(c.first_name) LIMIT $2`,
        [pattern, limit],
      ),
      this.db.query(
        `SELECT m.id, m.organisation_id, m.subject, m.notes, m.outcomes, m.next_steps, m.occurred_at, o.name AS organisation_name
           FROM meetings m JOIN organisations o ON o.id = m.organisation_id
          WHERE ${matches(MEETING_SEARCH.replace(/\b(subject|notes|outcomes|next_steps)\b/g, 'm.$1'))}
          ORDER BY m.occurred_at DESC LIMIT $2`,
        [pattern, limit],
      ),
    ]);
    return {
      q,
      organisations: organisations.map((o: { id: string; name: string; enterprise_number: string | null; description: string | null; archived: boolean }) => {
        const number = o.enterprise_number && formatEnterpriseNumber(o.enterprise_number);
        const byNumber = number && (o.enterprise_number!.includes(digits) || number.includes(q)) ? number : undefined;
        return {
          id: o.id,
          name: o.name,
          enterpriseNumber: number,
          archived: o.archived,
          snippet: snippet(o.name, q) ?? byNumber ?? snippet(o.description, q) ?? o.name,
        };
      }),
      contacts: contacts.map((c: Record<string, string>) => ({
        id: c.id,
        organisationId: c.organisation_id,
        name: `${c.first_name} ${c.last_name}`,
        organisationName: c.organisation_name,
        snippet: snippet(`${c.first_name} ${c.last_name}`, q) ?? snippet(c.email, q) ?? snippet(c.job_title, q) ?? `${c.first_name} ${c.last_name}`,
      })),
      meetings: meetings.map((m: Record<string, string>) => ({
        id: m.id,
        organisationId: m.organisation_id,
        subject: m.subject,
        occurredAt: m.occurred_at as unknown as Date,
        organisationName: m.organisation_name,
        snippet: snippet(m.notes, q) ?? snippet(m.subject, q) ?? snippet(m.outcomes, q) ?? snippet(m.next_steps, q) ?? m.subject,
      })),
    };
  }
}
