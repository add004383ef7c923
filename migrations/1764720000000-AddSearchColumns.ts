import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search at 10x volume (found by bench/ with EXPLAIN ANALYZE): the trigram indexes were on
 * search_text(...) expressions, so every candidate row had unaccent() run again on its text to
 * recheck it, about 13 µs per kilobyte; a common word in 500,000 meeting notes cost seconds.
 * - Organisations and contacts keep substring search (a piece of a name or of an enterprise number),
 *   on a stored, already folded copy of their searched text: the recheck is a plain LIKE.
 * - Meeting notes are long prose: they are searched by word prefixes ("coop" finds "Coopérative")
 *   in a stored tsvector, which the GIN index answers exactly, without rechecking any text.
 * - Organisations listed active first, by name, have an index in that order.
 * - More statistics on the searched columns give the planner better estimates of how common a term is.
 * The audit trail leaves the derived columns out, as it does timestamps.
 */
/** Columns the audit trail never records: timestamps, versions, secrets, and what PostgreSQL derives. */
const AUDIT_QUIET_COLUMNS = [
  'created_at', 'updated_at', 'version', 'password_hash', 'token_version', 'last_login_at', 'renewal_task_at',
  'search_folded', 'search_words', 'first_meeting_on', 'first_referral_on',
];

export class AddSearchColumns1764720000000 implements MigrationInterface {
  name = 'AddSearchColumns1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations ADD COLUMN search_folded text GENERATED ALWAYS AS (search_text(${ORGANISATION_SEARCH})) STORED`);
    await db.query(`ALTER TABLE contacts ADD COLUMN search_folded text GENERATED ALWAYS AS (search_text(${CONTACT_SEARCH})) STORED`);
    await db.query(`ALTER TABLE meetings ADD COLUMN search_words tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', search_text(${MEETING_SEARCH})))) STORED`);
    for (const [table, column] of [['organisations', 'search_folded'], ['contacts', 'search_folded'], ['meetings', 'search_words']]) {
      await db.query(`DROP INDEX ${table}_search_idx`);
      await db.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (${column}${column === 'search_folded' ? ' gin_trgm_ops' : ''})`);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET STATISTICS 1000`);
    }
    await db.query(`CREATE INDEX organisations_active_name_idx ON organisations (archived, lower(name), id)`);

    // What a user typed, as a tsquery of word prefixes, all required: "économie soc" -> 'economie':* & 'soc':*.
    // The lexemes come from the same parser as the notes' and are cast, not re-parsed, so a
    // hyphenated word stays one prefix (no phrase operator). IMMUTABLE: folded once at planning.
    await db.query(`
      CREATE FUNCTION search_words_query(value text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT string_agg('''' || replace(replace(word, '\\', '\\\\'), '''', '\\''') || ''':*', ' & ')::tsquery
                FROM unnest(tsvector_to_array(to_tsvector('simple', search_text(value)))) AS word $$`);

    await setAuditQuietColumns(db, AUDIT_QUIET_COLUMNS);
  }

  async down(db: QueryRunner): Promise<void> {
    await setAuditQuietColumns(db, AUDIT_QUIET_COLUMNS.filter((c) => !['search_folded', 'search_words', 'first_meeting_on', 'first_referral_on'].includes(c)));
    await db.query(`DROP FUNCTION search_words_query(text)`);
    await db.query(`DROP INDEX organisations_active_name_idx`);
    for (const [table, column, expression] of [['organisations', 'search_folded', ORGANISATION_SEARCH], ['contacts', 'search_folded', CONTACT_SEARCH], ['meetings', 'search_words', MEETING_SEARCH]]) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
      await db.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_text(${expression}) gin_trgm_ops)`);
    }
  }
}

// The searched texts as CreateOrganisationsAndContacts and CreateJourney wrote them (literals: a migration imports no other).
const ORGANISATION_SEARCH = `name || ' ' || coalesce(enterprise_number, '') || ' ' || coalesce(substr(enterprise_number, 1, 4) || '.' || substr(enterprise_number, 5, 3) || '.' || substr(enterprise_number, 8), '') || ' ' || coalesce(description, '')`;
const CONTACT_SEARCH = `first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, '')`;
const MEETING_SEARCH = `subject || ' ' || coalesce(notes, '') || ' ' || coalesce(outcomes, '') || ' ' || coalesce(next_steps, '')`;

/** Rewrites the `quiet` list of the audit trigger function (migration CreateAuditTrail) in place, from its definition in the database. */
async function setAuditQuietColumns(db: QueryRunner, columns: string[]): Promise<void> {
  const [{ definition }] = await db.query(`SELECT pg_get_functiondef('audit_row()'::regprocedure) AS definition`);
  const quiet = /quiet text\[\] := ARRAY\[[^\]]*\];/;
  if (!quiet.test(definition)) throw new Error('audit_row() has no quiet list to rewrite');
  await db.query(definition.replace(quiet, `quiet text[] := ARRAY[${columns.map((c) => `'${c}'`).join(', ')}];`));
}
