import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedInUser } from '../auth/signed-in-user';
import { coded } from '../errors/coded-error';
import type { Condition, ListQuery } from '../list/list-query';
import type { ListSpec } from '../list/list-spec';
import { searchMatch, searchParameter } from '../list/text-search';
import type { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import type { Language } from '../../domain/i18n/language';
import { renderMessage } from '../../domain/messages';
import {
  FIELDS_MADE_FROM,
  isBulkRead,
  PERSONAL_FIELDS,
  READ_CONCEPTS,
  ReadConcept,
  readRule,
  RECORDS_KEPT_WITH,
} from '../../domain/read-policy';
import { columnOf, CONCEPT_TABLES, NAME_SEARCH, ownRecordsSql, userLiteral } from './own-records';

/**
 * The one place the API applies the read policy of api/src/domain/read-policy.ts: list queries are scoped and
 * their filters, sorts and searches kept off fields the caller does not read; records and pages are projected;
 * a bulk read of personal data is written to the audit log. Lists, single records, the search box, the exports
 * and the timeline all come through here.
 */
@Injectable()
export class ReadPolicy {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The SQL condition (on `alias`) limiting a concept to the records the caller reads, or null when they read all.
   * `what` = 'export' gives the records of their export instead.
   */
  recordsCondition(
    concept: ReadConcept,
    user: SignedInUser,
    alias: string,
    what: 'records' | 'export' = 'records',
  ): string | null {
    const rule = readRule(user.role, concept);
    const reach = what === 'records' ? rule.records : rule.export;
    if (reach === 'none') return 'false';
    const own = reach === 'all' ? null : ownRecordsSql(concept, alias, user.id);
    return both(own, this.keptWithCondition(concept, user, alias));
  }

  /** A record kept with another concept's record is read where that record is (RECORDS_KEPT_WITH). */
  private keptWithCondition(concept: ReadConcept, user: SignedInUser, alias: string): string | null {
    const kept = RECORDS_KEPT_WITH[concept];
    if (!kept) return null;
    const linked = this.recordsCondition(kept.concept, user, `rp_${concept}_kept`);
    if (linked === null) return null;
    return linkedRecord(alias, kept.link, kept.concept, `rp_${concept}_kept`, linked);
  }

  /**
   * The SQL condition under which the caller reads a field made from a linked record's personal field
   * (FIELDS_MADE_FROM; null: always).
   */
  madeFromCondition(concept: ReadConcept, user: SignedInUser, alias: string): string | null {
    const made = FIELDS_MADE_FROM[concept];
    if (!made) return null;
    const from = `rp_${concept}_from`;
    const linked = both(
      this.recordsCondition(made.concept, user, from),
      PERSONAL_FIELDS[made.concept].includes(made.from) ? this.personalFieldsCondition(made.concept, user, from) : null,
    );
    if (linked === null) return null;
    return `(${alias}.${columnOf(made.alsoReadBy)} = ${userLiteral(user.id)} OR ${linkedRecord(alias, made.link, made.concept, from, linked)})`;
  }

  /** The fields of a concept the caller does not read on every record, each with the condition where they do. */
  private hiddenFields(concept: ReadConcept, user: SignedInUser, alias: string): Map<string, string> {
    const hidden = new Map<string, string>();
    const personal = this.personalFieldsCondition(concept, user, alias);
    if (personal !== null) for (const field of PERSONAL_FIELDS[concept]) hidden.set(field, personal);
    const made = this.madeFromCondition(concept, user, alias);
    if (made !== null) hidden.set(FIELDS_MADE_FROM[concept]!.field, made);
    return hidden;
  }

  /** The SQL condition under which the caller reads a record's personal fields (null: always; 'false': never). */
  personalFieldsCondition(concept: ReadConcept, user: SignedInUser, alias: string): string | null {
    const reach = readRule(user.role, concept).personalFields;
    if (reach === 'all' || PERSONAL_FIELDS[concept].length === 0) return null;
    if (reach === 'none') return 'false';
    return ownRecordsSql(concept, alias, user.id);
  }

  /**
   * A field's SQL as the caller may read it: itself; NULL where a personal field is not read; the neutral words, in
   * `language`, where a field made from another record's is not read.
   */
  projectedColumn(
    concept: ReadConcept,
    user: SignedInUser,
    alias: string,
    field: string,
    sql: string,
    language: Language = user.language,
  ): string {
    const made = FIELDS_MADE_FROM[concept];
    if (made?.field === field) {
      const readable = this.madeFromCondition(concept, user, alias);
      return readable === null
        ? sql
        : `CASE WHEN ${readable} THEN ${sql} ELSE ${sqlText(neutralWords(concept, language))} END`;
    }
    if (!PERSONAL_FIELDS[concept].includes(field)) return sql;
    const readable = this.personalFieldsCondition(concept, user, alias);
    if (readable === null) return sql;
    return readable === 'false' ? 'NULL' : `CASE WHEN ${readable} THEN ${sql} END`;
  }

  /**
   * A list query as the caller may run it: limited to the records they read; a filter on a personal field
   * they do not read matches only where they do; a sort on it orders as if it were empty; `q` matches the
   * hidden fields only where they are read. The list's alias is that of its spec's columns.
   */
  listQuery(concept: ReadConcept, spec: ListSpec, query: ListQuery, user: SignedInUser): ListQuery {
    const alias = aliasOf(spec);
    const conditions: Condition[] = [];
    const scope = this.recordsCondition(concept, user, alias);
    if (scope) conditions.push({ kind: 'sql', sql: scope, params: {}, capped: scope !== 'false' });
    const hidden = this.hiddenFields(concept, user, alias);
    if (hidden.size === 0) return { ...query, conditions: [...query.conditions, ...conditions] };
    // The list's search text holds its hidden fields: it matches where all of them are read.
    const conditionsOfHidden = [...new Set(hidden.values())];
    const readable = conditionsOfHidden.includes('false') ? 'false' : conditionsOfHidden.join(' AND ');

    const hiddenColumns = new Map(
      [...hidden]
        .filter(([field]) => spec.fields[field])
        .map(([field, condition]) => [spec.fields[field].column, condition]),
    );
    conditions.push(
      ...query.conditions.map((condition, i): Condition => {
        if (condition.kind === 'search') {
          const names = NAME_SEARCH[concept];
          if (!names)
            return {
              kind: 'sql',
              capped: true,
              search: true,
              sql: readable === 'false' ? 'false' : `(${readable} AND ${searchMatch(condition.search, `:rp_q${i}`)})`,
              params: { [`rp_q${i}`]: searchParameter(condition.search, condition.text) },
            };
          const byName = searchMatch(names(alias), `:rp_n${i}`);
          const sql =
            readable === 'false'
              ? byName
              : `((${readable} AND ${searchMatch(condition.search, `:rp_q${i}`)}) OR ${byName})`;
          return {
            kind: 'sql',
            capped: true,
            search: true,
            sql,
            params: {
              [`rp_q${i}`]: searchParameter(condition.search, condition.text),
              [`rp_n${i}`]: searchParameter(names(alias), condition.text),
            },
          };
        }
        return condition;
      }),
    );
    for (const condition of query.conditions) {
      if ('column' in condition && hiddenColumns.has(condition.column))
        conditions.push({ kind: 'sql', sql: hiddenColumns.get(condition.column)!, params: {} });
    }
    const sortedHidden = hidden.get(query.sort.field);
    const sort =
      sortedHidden === undefined
        ? query.sort
        : {
            ...query.sort,
            column: sortedHidden === 'false' ? 'NULL' : `CASE WHEN ${sortedHidden} THEN ${query.sort.column} END`,
          };
    return { ...query, sort, conditions };
  }

  /** One record as the caller may read it: 403 outside their records, personal fields left out where not read. */
  async record<T extends { id: string }>(
    concept: ReadConcept,
    user: SignedInUser,
    record: T,
    language: Language = user.language,
  ): Promise<T> {
    const scope = this.recordsCondition(concept, user, 'r');
    if (scope && !(await this.holds(concept, scope, [record.id])).has(record.id))
      throw new ForbiddenException(coded('read.not_yours'));
    const [projected] = await this.project(concept, user, [record], language);
    return projected;
  }

  /** A page as the caller may read it (its query went through {@link listQuery}); audited when it is a bulk read of personal data. */
  async page<T extends { id: string }>(
    concept: ReadConcept,
    user: SignedInUser,
    rows: T[],
    query: ListQuery,
    raw: Record<string, unknown>,
    language: Language = user.language,
  ): Promise<T[]> {
    const projected = await this.project(concept, user, rows, language);
    if (isBulkRead(concept, rows.length, this.config.bulkReadRows)) {
      // Written like an export's line (audit/audit-trail.ts), in SQL: common/ knows no concept.
      const changes = {
        rows: rows.length,
        range: [query.range.start, query.range.end],
        filter: raw.filter ?? null,
        personalFields: readRule(user.role, concept).personalFields,
      };
      await this.db.query(
        `INSERT INTO audit_log (at, user_id, action, entity, changes) VALUES (now(), $1, 'bulk_read', $2, $3::jsonb)`,
        [user.id, concept, JSON.stringify(changes)],
      );
    }
    return projected;
  }

  /**
   * Leaves out the personal fields the caller does not read on each record, and puts the neutral words (in
   * `language`) in place of a field made from another record's that they do not read.
   */
  async project<T extends { id: string }>(
    concept: ReadConcept,
    user: SignedInUser,
    rows: T[],
    language: Language = user.language,
  ): Promise<T[]> {
    if (rows.length === 0) return rows;
    const ids = rows.map((row) => row.id);
    let projected = rows;
    const readable = this.personalFieldsCondition(concept, user, 'r');
    if (readable !== null) {
      const readOn = await this.holds(concept, readable, ids);
      projected = projected.map((row) => (readOn.has(row.id) ? row : withoutFields(row, PERSONAL_FIELDS[concept])));
    }
    const made = this.madeFromCondition(concept, user, 'r');
    if (made !== null) {
      const readOn = await this.holds(concept, made, ids);
      const neutral = neutralWords(concept, language);
      projected = projected.map((row) =>
        readOn.has(row.id) ? row : withFields(row, { [FIELDS_MADE_FROM[concept]!.field]: neutral }),
      );
    }
    return projected;
  }

  /**
   * An audit row's changes as the caller may read them: the personal fields of a concept they do not read on
   * every record are left out (the trail does not say whose record it is to the reader, so "own" counts as not read).
   */
  auditChanges(
    user: SignedInUser,
    entity: string,
    changes: Record<string, unknown> | null,
  ): Record<string, unknown> | null {
    if (!changes || !(READ_CONCEPTS as readonly string[]).includes(entity)) return changes;
    const concept = entity as ReadConcept;
    if (readRule(user.role, concept).personalFields === 'all') return changes;
    const hidden = PERSONAL_FIELDS[concept];
    return Object.fromEntries(Object.entries(changes).filter(([key]) => !hidden.includes(key)));
  }

  /** The ids among `ids` of records meeting `condition` (on alias `r`). */
  private async holds(concept: ReadConcept, condition: string, ids: string[]): Promise<Set<string>> {
    if (condition === 'false') return new Set();
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT r.id FROM ${CONCEPT_TABLES[concept]} r WHERE r.id = ANY($1::uuid[]) AND ${condition}`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }
}

/** Both conditions (null: no condition). */
function both(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  if (a === 'false' || b === 'false') return 'false';
  return `(${a} AND ${b})`;
}

/** No record linked through `alias`'s `link` field, or one of `concept` (under `linkedAlias`) meeting `condition`. */
function linkedRecord(
  alias: string,
  link: string,
  concept: ReadConcept,
  linkedAlias: string,
  condition: string,
): string {
  const column = `${alias}.${columnOf(link)}`;
  return `(${column} IS NULL OR EXISTS (SELECT 1 FROM ${CONCEPT_TABLES[concept]} ${linkedAlias} WHERE ${linkedAlias}.id = ${column} AND ${condition}))`;
}

/** The words shown instead of a field made from another record's that the reader does not read. */
function neutralWords(concept: ReadConcept, language: Language): string {
  return renderMessage(FIELDS_MADE_FROM[concept]!.neutral, undefined, language)!;
}

/** Words of the catalogues as an SQL string literal. */
function sqlText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function withFields<T extends object>(row: T, fields: Record<string, unknown>): T {
  return Object.assign(Object.create(Object.getPrototypeOf(row)), row, fields) as T;
}

function withoutFields<T extends object>(row: T, fields: readonly string[]): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(row)), row) as Record<string, unknown>;
  for (const field of fields) delete copy[field];
  return copy as T;
}

/** The alias a list spec's columns are written with (`c.id` → `c`). */
function aliasOf(spec: ListSpec): string {
  return spec.fields.id.column.split('.')[0];
}
