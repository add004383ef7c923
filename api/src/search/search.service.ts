import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatEnterpriseNumber } from '../domain/enterprise-number';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { searchMatch } from '../common/list/text-search';
import type { ReadConcept } from '../domain/read-policy';
import { NAME_SEARCH } from '../common/read-policy/own-records';
import { ReadPolicy } from '../common/read-policy/read-policy';
import { firstMatches, SearchSource } from './first-matches';
import { snippet } from './snippet';

interface OrganisationHit {
  id: string;
  name: string;
  enterprise_number: string | null;
  description: string | null;
  archived: boolean;
}

export interface SearchResults {
  q: string;
  organisations: Array<{
    id: string;
    name: string;
    enterpriseNumber: string | null;
    archived: boolean;
    snippet: string;
  }>;
  contacts: Array<{ id: string; organisationId: string; name: string; organisationName: string; snippet: string }>;
  meetings: Array<{
    id: string;
    organisationId: string;
    subject: string;
    occurredAt: Date;
    organisationName: string;
    snippet: string;
  }>;
  documents: Array<{
    id: string;
    organisationId: string;
    title: string;
    kind: string;
    fileName: string;
    organisationName: string;
    snippet: string;
  }>;
}

/** The searched columns that are personal fields (api/src/domain/read-policy.ts), by column name. */
const PERSONAL_COLUMNS: Record<string, string> = {
  email: 'email',
  phone: 'phone',
  notes: 'notes',
  subject: 'subject',
  outcomes: 'outcomes',
  next_steps: 'nextSteps',
};

const ORGANISATION_NAME =
  '(SELECT org.name FROM organisations org WHERE org.id = hit.organisation_id) AS organisation_name';

/** Where the search box looks, and in what order each group's results come. */
const SEARCH_SOURCES: Record<'organisations' | 'contacts' | 'meetings' | 'documents', SearchSource> = {
  organisations: {
    table: 'organisations o',
    alias: 'o',
    search: { folded: 'o.search_folded' },
    columns: 'o.id, o.name, o.enterprise_number, o.description, o.archived',
    order: 'o.archived, lower(o.name), o.id',
    spread: false,
  },
  contacts: {
    table: 'contacts c',
    alias: 'c',
    search: { folded: 'c.search_folded' },
    where: 'c.anonymised_at IS NULL',
    columns: 'c.id, c.organisation_id, c.first_name, c.last_name, c.email, c.job_title',
    order: 'lower(c.last_name), lower(c.first_name), c.id',
    spread: false,
    extra: ORGANISATION_NAME,
  },
  meetings: {
    table: 'meetings m',
    alias: 'm',
    search: { words: 'm.search_words' },
    columns: 'm.id, m.organisation_id, m.subject, m.notes, m.outcomes, m.next_steps, m.occurred_at',
    order: 'm.occurred_at DESC, m.id DESC',
    spread: true,
    extra: ORGANISATION_NAME,
  },
  // The current version of each document not deleted: its file name and extracted text, by word beginnings as meeting notes
  // (the view carries `meeting_id`: a document kept with a meeting is searched where the meeting is read).
  documents: {
    table: 'document_search ds',
    alias: 'ds',
    search: { words: 'ds.search_words' },
    columns: 'ds.id, ds.organisation_id, ds.title, ds.kind, ds.file_name, ds.text, ds.uploaded_at',
    order: 'ds.uploaded_at DESC, ds.id DESC',
    spread: true,
    extra: ORGANISATION_NAME,
  },
};

/** One box for the whole register: organisations, contacts, meeting notes and documents, grouped, each with the matching words. */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: DataSource,
    private readonly readPolicy: ReadPolicy,
  ) {}

  /**
   * A source as the caller may search it (the read policy): only the records they read; a personal field they
   * do not read is neither matched nor returned (so no snippet can show it).
   */
  private readable(concept: ReadConcept, source: SearchSource, user: SignedInUser): SearchSource {
    const { alias } = source;
    const scope = this.readPolicy.recordsCondition(concept, user, alias);
    const where = [source.where, scope].filter(Boolean).join(' AND ') || undefined;
    const readable = this.readPolicy.personalFieldsCondition(concept, user, alias);
    if (readable === null) return { ...source, where };
    const columns = source.columns
      .split(',')
      .map((column) => column.trim())
      .map((column) => {
        const field = PERSONAL_COLUMNS[column.slice(alias.length + 1)];
        return field
          ? `${this.readPolicy.projectedColumn(concept, user, alias, field, column)} AS ${column.slice(alias.length + 1)}`
          : column;
      })
      .join(', ');
    const names = NAME_SEARCH[concept];
    const hidden = searchMatch(source.search, '$1');
    // The name is matched like the rest of the source: every typed word (substring sources) or the text as typed (word sources).
    const byName = !names
      ? 'false'
      : typeof source.search === 'object' && 'words' in source.search
        ? `search_text(${names(alias)}) LIKE '%' || search_text($1) || '%'`
        : searchMatch(names(alias), '$1');
    const match = readable === 'false' ? byName : `((${readable} AND ${hidden}) OR ${byName})`;
    return { ...source, where, columns, match };
  }

  async search(q: string, limit: number, user: SignedInUser): Promise<SearchResults> {
    const digits = q.replace(/[\s.]/g, '');
    const [organisations, contacts, meetings, documents] = await Promise.all([
      firstMatches<OrganisationHit>(
        this.db,
        this.readable('organisations', SEARCH_SOURCES.organisations, user),
        q,
        limit,
      ),
      firstMatches<Record<string, string>>(this.db, this.readable('contacts', SEARCH_SOURCES.contacts, user), q, limit),
      firstMatches<Record<string, string>>(this.db, this.readable('meetings', SEARCH_SOURCES.meetings, user), q, limit),
      firstMatches<Record<string, string>>(
        this.db,
        this.readable('documents', SEARCH_SOURCES.documents, user),
        q,
        limit,
      ),
    ]);
    return {
      q,
      organisations: organisations.map((o) => {
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
      contacts: contacts.map((c) => ({
        id: c.id,
        organisationId: c.organisation_id,
        name: `${c.first_name} ${c.last_name}`,
        organisationName: c.organisation_name,
        snippet:
          snippet(`${c.first_name} ${c.last_name}`, q) ??
          snippet(c.email, q) ??
          snippet(c.job_title, q) ??
          `${c.first_name} ${c.last_name}`,
      })),
      meetings: meetings.map((m) => ({
        id: m.id,
        organisationId: m.organisation_id,
        subject: m.subject,
        occurredAt: m.occurred_at as unknown as Date,
        organisationName: m.organisation_name,
        snippet:
          snippet(m.notes, q) ??
          snippet(m.subject, q) ??
          snippet(m.outcomes, q) ??
          snippet(m.next_steps, q) ??
          m.subject,
      })),
      documents: documents.map((d) => ({
        id: d.id,
        organisationId: d.organisation_id,
        title: d.title,
        kind: d.kind,
        fileName: d.file_name,
        organisationName: d.organisation_name,
        snippet: snippet(d.text, q) ?? snippet(d.file_name, q) ?? d.title,
      })),
    };
  }
}
