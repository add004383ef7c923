import { MigrationInterface, QueryRunner } from 'typeorm';
import { CONTACT_SEARCH, ORGANISATION_SEARCH } from './1764288000000-CreateOrganisationsAndContacts';
import { MEETING_SEARCH } from './1764374400000-CreateJourney';

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
export const AUDIT_QUIET_COLUMNS = [
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

    await db.query(`
      CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        quiet text[] := ARRAY[${AUDIT_QUIET_COLUMNS.map((c) => `'${c}'`).join(', ')}];
        changed jsonb;
      BEGIN
        -- One set-based pass over the fields (a loop of jsonb concatenations is quadratic).
        IF TG_OP = 'INSERT' THEN
          SELECT jsonb_object_agg(key, jsonb_build_object('new', value)) INTO changed
            FROM jsonb_each(after) WHERE key <> ALL(quiet) AND value <> 'null'::jsonb;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT jsonb_object_agg(key, jsonb_build_object('old', value)) INTO changed
            FROM jsonb_each(before) WHERE key <> ALL(quiet);
        ELSE
          SELECT jsonb_object_agg(a.key, jsonb_build_object('old', before -> a.key, 'new', a.value)) INTO changed
            FROM jsonb_each(after) a WHERE a.key <> ALL(quiet) AND a.value IS DISTINCT FROM before -> a.key;
          IF (after -> 'password_hash') IS DISTINCT FROM (before -> 'password_hash') THEN
            changed := coalesce(changed, '{}'::jsonb) || '{"password": {"changed": true}}'::jsonb;
          END IF;
          IF changed IS NULL THEN RETURN NULL; END IF;
        END IF;
        INSERT INTO audit_log (user_id, action, entity, entity_id, changes)
        VALUES (nullif(current_setting('traject.user_id', true), '')::uuid,
                CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
                TG_TABLE_NAME, coalesce(after, before) ->> 'id', coalesce(changed, '{}'::jsonb));
        RETURN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION search_words_query(text)`);
    await db.query(`DROP INDEX organisations_active_name_idx`);
    for (const [table, column, expression] of [['organisations', 'search_folded', ORGANISATION_SEARCH], ['contacts', 'search_folded', CONTACT_SEARCH], ['meetings', 'search_words', MEETING_SEARCH]]) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
      await db.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_text(${expression}) gin_trgm_ops)`);
    }
  }
}
