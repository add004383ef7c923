import { EntityManager } from 'typeorm';
import {
  ERASURE_REVIEWED_COLUMNS,
  ERASURE_SKIPPED_TABLES,
  IdentifierPatterns,
  matchContext,
} from '../domain/personal-identifiers';

/** One text column the person may be named in, found from the catalog (future tables are covered without a change here). */
interface TextColumn {
  table: string;
  column: string;
  kind: 'text' | 'array' | 'json';
  byOrganisation: boolean;
  byContactIds: boolean;
  versioned: boolean;
}

/** A record naming the person: erased with the contact (`automatic`), or shown to the admin to decide. */
export interface PersonalDataMatch {
  key: string;
  entity: string;
  id: string;
  field: string;
  context: string;
  /** Erased with the contact: strong identifiers anywhere, every form of the name in records concerning the person. */
  automatic: boolean;
  /** What erasure leaves (the surname in someone else's record, a column naming the record itself) for the admin to decide. */
  review: boolean;
  /** The record concerns the person (their organisation, a meeting they attended): the weak forms of the name apply too. */
  concerning: boolean;
  text: string;
}

interface Concerned {
  contactId: string;
  organisationId: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const MAX_MATCHES_PER_COLUMN = 2000;

/**
 * Finds, from every free-text column of every table, the records that name a person, and erases them.
 * The same search feeds the art. 15 export, the admin's review before anonymising, and the erasure.
 */
export class PersonalDataFinder {
  constructor(
    private readonly manager: EntityManager,
    private readonly patterns: IdentifierPatterns,
    private readonly concerned: Concerned,
  ) {}

  async find(): Promise<PersonalDataMatch[]> {
    const { strong, surname, all } = this.patterns;
    if (!all) return [];
    const matches: PersonalDataMatch[] = [];
    for (const column of await textColumns(this.manager)) {
      const value = asText(column);
      const concerning = this.concerningSql(column);
      const rows: { id: string; value: string; concerning: boolean }[] = await this.manager.query(
        `SELECT id::text AS id, ${value} AS value, ${concerning} AS concerning FROM ${quote(column.table)}
          WHERE ${value} ~ $3 OR (${concerning} AND ${value} ~ $4) OR ${value} ~ $5
          ORDER BY id LIMIT ${MAX_MATCHES_PER_COLUMN}`,
        [this.concerned.organisationId, this.concerned.contactId, strong ?? '(?!)', all, surname ?? '(?!)'],
      );
      const reviewed = ERASURE_REVIEWED_COLUMNS[column.table]?.includes(column.column) ?? false;
      for (const row of rows) {
        if (column.table === 'contacts' && row.id === this.concerned.contactId) continue;
        const strongHit = !!strong && new RegExp(strong).test(row.value);
        const automatic = !reviewed && (row.concerning || strongHit);
        const review =
          reviewed || (!row.concerning && !!surname && new RegExp(surname).test(eraseIn(row.value, strong)));
        const pattern = review && !reviewed ? surname! : row.concerning ? all : strongHit ? strong! : (surname ?? all);
        matches.push({
          key: `${column.table}:${column.column}:${row.id}`,
          entity: column.table,
          id: row.id,
          field: column.column,
          context: matchContext(row.value, pattern) ?? matchContext(row.value, all) ?? '',
          automatic,
          review,
          concerning: row.concerning,
          text: row.value.slice(0, 20_000),
        });
      }
    }
    return matches;
  }

  /** Rewrites the matched values: the weak forms of the name too where the record concerns the person or the admin chose it. */
  async erase(matches: PersonalDataMatch[], chosen: ReadonlySet<string>): Promise<string[]> {
    const { strong, all } = this.patterns;
    const columns = new Map((await textColumns(this.manager)).map((c) => [`${c.table}:${c.column}`, c]));
    const groups = new Map<string, { column: TextColumn; patterns: (string | null)[]; ids: string[] }>();
    const erased: PersonalDataMatch[] = [];
    for (const match of matches) {
      const column = columns.get(`${match.entity}:${match.field}`);
      if (!column || !(match.automatic || chosen.has(match.key))) continue;
      erased.push(match);
      const full = chosen.has(match.key) || match.concerning;
      const groupKey = `${match.entity}:${match.field}:${full}`;
      if (!groups.has(groupKey)) groups.set(groupKey, { column, patterns: full ? [strong, all] : [strong], ids: [] });
      groups.get(groupKey)!.ids.push(match.id);
    }
    for (const { column, patterns, ids } of groups.values()) {
      const name = quote(column.column);
      const erased =
        column.kind === 'json'
          ? `erase_json(${name}, $2::text[])`
          : column.kind === 'array'
            ? `ARRAY(SELECT erase_text(v, $2::text[]) FROM unnest(${name}) AS v)`
            : `erase_text(${name}, $2::text[])`;
      const bump = column.versioned ? `, version = version + 1` : '';
      await this.manager.query(
        `UPDATE ${quote(column.table)} SET ${name} = ${erased}${bump} WHERE id::text = ANY($1::text[])`,
        [ids, patterns],
      );
    }
    return [...new Set(erased.map((m) => m.id))];
  }

  /** Ids of every record that concerns the person: their organisation and what hangs from it, the meetings naming them. */
  async concerningIds(): Promise<string[]> {
    const ids = new Set([this.concerned.organisationId, this.concerned.contactId]);
    const seen = new Set<string>();
    for (const column of await textColumns(this.manager)) {
      if (
        seen.has(column.table) ||
        (!column.byOrganisation && !column.byContactIds && column.table !== 'organisations')
      )
        continue;
      seen.add(column.table);
      const rows = await this.manager.query(
        `SELECT id::text AS id FROM ${quote(column.table)} WHERE ${this.concerningSql(column)}`,
        [this.concerned.organisationId, this.concerned.contactId],
      );
      for (const row of rows) ids.add(row.id);
    }
    return [...ids];
  }

  private concerningSql(column: TextColumn): string {
    const conditions = ['($1::uuid IS NULL AND $2::uuid IS NULL)'];
    if (column.table === 'organisations') conditions.push('id = $1::uuid');
    if (column.byOrganisation) conditions.push('organisation_id = $1::uuid');
    if (column.byContactIds) conditions.push('$2::uuid = ANY(contact_ids)');
    return `(${conditions.join(' OR ')})`;
  }
}

function asText(column: TextColumn): string {
  const name = quote(column.column);
  return column.kind === 'text'
    ? `coalesce(${name}, '')`
    : column.kind === 'array'
      ? `coalesce(array_to_string(${name}, ' '), '')`
      : `coalesce(${name}::text, '')`;
}

function eraseIn(text: string, pattern: string | null): string {
  return pattern ? text.replace(new RegExp(pattern, 'g'), '[anonymised]') : text;
}

/** Every stored (not generated) text, text[] and JSON column of the public tables that have an `id`, minus the skipped tables. */
async function textColumns(manager: EntityManager): Promise<TextColumn[]> {
  const rows: {
    table: string;
    column: string;
    type: string;
    by_organisation: boolean;
    by_contact_ids: boolean;
    versioned: boolean;
  }[] = await manager.query(
    `SELECT c.table_name AS table, c.column_name AS column, c.udt_name AS type,
            EXISTS (SELECT 1 FROM information_schema.columns o WHERE o.table_schema = 'public' AND o.table_name = c.table_name AND o.column_name = 'organisation_id') AS by_organisation,
            EXISTS (SELECT 1 FROM information_schema.columns o WHERE o.table_schema = 'public' AND o.table_name = c.table_name AND o.column_name = 'contact_ids' AND o.udt_name = '_uuid') AS by_contact_ids,
            EXISTS (SELECT 1 FROM information_schema.columns o WHERE o.table_schema = 'public' AND o.table_name = c.table_name AND o.column_name = 'version') AS versioned
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER'
        AND c.udt_name IN ('text', 'varchar', 'bpchar', '_text', '_varchar', 'json', 'jsonb')
        AND c.table_name <> ALL($1::text[])
        AND EXISTS (SELECT 1 FROM information_schema.columns i WHERE i.table_schema = 'public' AND i.table_name = c.table_name AND i.column_name = 'id')
      ORDER BY c.table_name, c.ordinal_position`,
    [ERASURE_SKIPPED_TABLES],
  );
  return rows.map((r) => ({
    table: r.table,
    column: r.column,
    kind: r.type.startsWith('_') ? 'array' : r.type.startsWith('json') ? 'json' : 'text',
    byOrganisation: r.by_organisation,
    byContactIds: r.by_contact_ids,
    versioned: r.versioned,
  }));
}
