import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import {
  addressKey,
  ContactTraits,
  DUPLICATE_THRESHOLD,
  DuplicateReason,
  emailDomain,
  OrganisationTraits,
  phoneKey,
  scoreContacts,
  scoreOrganisations,
  websiteHost,
} from '../domain/duplicate-scoring';
import { ContactsService } from '../contacts';
import { OrganisationsService } from '../organisations';

export type DuplicateKind = 'organisation' | 'contact';

interface OrganisationRow extends OrganisationTraits {
  id: string;
  legalForm: string | null;
  municipality: string | null;
}

interface ContactRow extends ContactTraits {
  id: string;
  organisationName: string;
}

export interface DuplicateMatch<T> {
  record: T;
  score: number;
  reasons: DuplicateReason[];
}

export interface DuplicatePair<T> {
  first: T;
  second: T;
  score: number;
  reasons: DuplicateReason[];
}

const ORGANISATION_COLUMNS = `o.id, o.name, o.enterprise_number AS "enterpriseNumber", o.website, o.email, o.phone, o.street, o.postcode,
  o.legal_form AS "legalForm", o.municipality`;
const CONTACT_COLUMNS = `c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.phone, c.organisation_id AS "organisationId",
  o.name AS "organisationName"`;

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** Likely duplicates in the register, scored by the domain core's rules; "not a duplicate" remembered. */
@Injectable()
export class DuplicatesService {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
  ) {}

  async ofOrganisation(id: string): Promise<DuplicateMatch<OrganisationRow>[]> {
    await this.organisations.get(id);
    const [self]: OrganisationRow[] = await this.db.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations o WHERE o.id = $1`,
      [id],
    );
    const candidates: OrganisationRow[] = await this.db.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations o
        WHERE o.merged_into_id IS NULL AND o.id <> $1
          AND (search_text(o.name) % search_text($2)
               OR o.enterprise_number = $3
               OR ($4 <> '' AND lower(o.website) LIKE '%' || $4 || '%')
               OR ($5 <> '' AND lower(o.email) LIKE '%@' || $5)
               OR ($6 <> '' AND regexp_replace(coalesce(o.phone, ''), '\\D', '', 'g') LIKE '%' || $6)
               OR (o.postcode = $7 AND search_text(o.street) = search_text($8)))
        LIMIT 500`,
      [
        id,
        self.name,
        self.enterpriseNumber,
        websiteHost(self.website),
        emailDomain(self.email),
        phoneKey(self.phone),
        self.postcode,
        self.street,
      ],
    );
    return this.ranked(
      candidates.map((other) => ({ record: other, ...scoreOrganisations(self, other) })),
      'organisation',
      id,
    );
  }

  async ofContact(id: string): Promise<DuplicateMatch<ContactRow>[]> {
    await this.contacts.get(id);
    const [self]: ContactRow[] = await this.db.query(
      `SELECT ${CONTACT_COLUMNS} FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
      [id],
    );
    const candidates: ContactRow[] = await this.db.query(
      `SELECT ${CONTACT_COLUMNS} FROM contacts c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.merged_into_id IS NULL AND c.anonymised_at IS NULL AND c.id <> $1
          AND (search_text(c.first_name || ' ' || c.last_name) % search_text($2)
               OR ($3 <> '' AND lower(c.email) = $3)
               OR ($4 <> '' AND regexp_replace(coalesce(c.phone, ''), '\\D', '', 'g') LIKE '%' || $4))
        LIMIT 500`,
      [id, `${self.firstName} ${self.lastName}`, (self.email ?? '').trim().toLowerCase(), phoneKey(self.phone)],
    );
    return this.ranked(
      candidates.map((other) => ({ record: other, ...scoreContacts(self, other) })),
      'contact',
      id,
    );
  }

  /** The coordinators' screen: likely pairs across the register, best first. */
  async pairs(kind: DuplicateKind, limit = 100): Promise<DuplicatePair<OrganisationRow | ContactRow>[]> {
    const rows: (OrganisationRow | ContactRow)[] =
      kind === 'organisation'
        ? await this.db.query(`SELECT ${ORGANISATION_COLUMNS} FROM organisations o WHERE o.merged_into_id IS NULL`)
        : await this.db.query(
            `SELECT ${CONTACT_COLUMNS} FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.merged_into_id IS NULL AND c.anonymised_at IS NULL`,
          );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const candidates = new Set<string>();
    const similarNames: { a: string; b: string }[] =
      kind === 'organisation'
        ? await this.db.query(
            `SELECT a.id AS a, b.id AS b FROM organisations a
               JOIN organisations b ON b.merged_into_id IS NULL AND a.id < b.id AND search_text(b.name) % search_text(a.name)
              WHERE a.merged_into_id IS NULL`,
          )
        : await this.db.query(
            `SELECT a.id AS a, b.id AS b FROM contacts a
               JOIN contacts b ON b.merged_into_id IS NULL AND a.id < b.id
                AND search_text(b.first_name || ' ' || b.last_name) % search_text(a.first_name || ' ' || a.last_name)
              WHERE a.merged_into_id IS NULL`,
          );
    for (const { a, b } of similarNames) candidates.add(`${a}|${b}`);
    const keys: ((row: never) => string)[] =
      kind === 'organisation'
        ? ([
            (o: OrganisationRow) => o.enterpriseNumber ?? '',
            (o: OrganisationRow) => websiteHost(o.website),
            (o: OrganisationRow) => emailDomain(o.email),
            (o: OrganisationRow) => phoneKey(o.phone),
            (o: OrganisationRow) => addressKey(o.street, o.postcode),
          ] as never)
        : ([(c: ContactRow) => (c.email ?? '').trim().toLowerCase(), (c: ContactRow) => phoneKey(c.phone)] as never);
    for (const key of keys) {
      const buckets = new Map<string, string[]>();
      for (const row of rows) {
        const value = key(row as never);
        if (value) buckets.set(value, [...(buckets.get(value) ?? []), row.id]);
      }
      for (const ids of buckets.values()) {
        if (ids.length < 2 || ids.length > 20) continue; // a value shared by many says nothing
        for (let i = 0; i < ids.length; i++)
          for (let j = i + 1; j < ids.length; j++) candidates.add(ordered(ids[i], ids[j]).join('|'));
      }
    }
    const dismissed = await this.dismissedPairs(kind);
    const pairs: DuplicatePair<OrganisationRow | ContactRow>[] = [];
    for (const pair of candidates) {
      if (dismissed.has(pair)) continue;
      const [first, second] = pair.split('|').map((id) => byId.get(id)!);
      if (!first || !second) continue;
      const scored =
        kind === 'organisation'
          ? scoreOrganisations(first as OrganisationRow, second as OrganisationRow)
          : scoreContacts(first as ContactRow, second as ContactRow);
      if (scored.score >= DUPLICATE_THRESHOLD) pairs.push({ first, second, ...scored });
    }
    return pairs.sort((a, b) => b.score - a.score || a.first.id.localeCompare(b.first.id)).slice(0, limit);
  }

  /** "Not a duplicate": the pair is not proposed again. */
  async dismiss(
    kind: DuplicateKind,
    ids: [string, string],
    by: SignedInUser,
  ): Promise<{ kind: DuplicateKind; firstId: string; secondId: string }> {
    if (ids[0] === ids[1]) throw new ValidationFailed({ secondId: fieldError('duplicate.same_record') });
    const table = kind === 'organisation' ? 'organisations' : 'contacts';
    const found = await this.db.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    if (found.length !== 2)
      throw new ValidationFailed({
        secondId: fieldError(kind === 'organisation' ? 'organisation.ids_unknown' : 'duplicate.contacts_unknown'),
      });
    const [firstId, secondId] = ordered(ids[0], ids[1]);
    await this.db.query(
      `INSERT INTO duplicate_dismissals (kind, first_id, second_id, dismissed_by_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [kind, firstId, secondId, by.id],
    );
    return { kind, firstId, secondId };
  }

  private async dismissedPairs(kind: DuplicateKind): Promise<Set<string>> {
    const rows: { first_id: string; second_id: string }[] = await this.db.query(
      `SELECT first_id, second_id FROM duplicate_dismissals WHERE kind = $1`,
      [kind],
    );
    return new Set(rows.map((r) => `${r.first_id}|${r.second_id}`));
  }

  private async ranked<T extends { id: string }>(
    matches: DuplicateMatch<T>[],
    kind: DuplicateKind,
    id: string,
  ): Promise<DuplicateMatch<T>[]> {
    const dismissed = await this.dismissedPairs(kind);
    return matches
      .filter((m) => m.score >= DUPLICATE_THRESHOLD && !dismissed.has(ordered(id, m.record.id).join('|')))
      .sort((a, b) => b.score - a.score)
      .slice(0, 20);
  }
}
