import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GDPR erasure rewrites values, never serialised JSON: erase_text() replaces whole-word matches of
 * each pattern in a text, erase_json() walks a JSON document and rewrites its string leaves only (a
 * person named "Null" or "True" no longer breaks the cast, keys and numbers are never touched), and
 * audit_forget() applies them to the rows of the trail that concern the person. It replaces
 * audit_erase(), which ran a regular expression over every row's serialised JSON.
 */
export class EraseByStringLeaves1765000000000 implements MigrationInterface {
  name = 'EraseByStringLeaves1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION erase_text(value text, patterns text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE pattern text;
      BEGIN
        IF value IS NULL THEN RETURN NULL; END IF;
        FOREACH pattern IN ARRAY coalesce(patterns, '{}') LOOP
          CONTINUE WHEN pattern IS NULL;
          value := regexp_replace(value, pattern, '[anonymised]', 'g');
        END LOOP;
        RETURN value;
      END $$`);
    await db.query(`
      CREATE FUNCTION erase_json(doc jsonb, patterns text[]) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE result jsonb;
      BEGIN
        CASE jsonb_typeof(doc)
          WHEN 'string' THEN RETURN to_jsonb(erase_text(doc #>> '{}', patterns));
          WHEN 'object' THEN
            SELECT coalesce(jsonb_object_agg(key, erase_json(value, patterns)), '{}'::jsonb) INTO result FROM jsonb_each(doc);
            RETURN result;
          WHEN 'array' THEN
            SELECT coalesce(jsonb_agg(erase_json(value, patterns) ORDER BY n), '[]'::jsonb) INTO result FROM jsonb_array_elements(doc) WITH ORDINALITY AS e(value, n);
            RETURN result;
          ELSE RETURN doc;
        END CASE;
      END $$`);
    // The contact's own rows keep that something changed, not the values; rows naming the person
    // by a strong identifier lose it wherever they are; the rows of records that concern the person
    // (the same organisation, meetings they attended) also lose the weaker forms (surname, first name).
    await db.query(`
      CREATE FUNCTION audit_forget(forget_entity text, forget_id text, strong text, weak text, concerning text[]) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE erased integer := 0; n integer;
      BEGIN
        PERFORM set_config('traject.gdpr_erasure', 'on', true);
        UPDATE audit_log SET changes = NULL WHERE entity = forget_entity AND entity_id = forget_id AND changes IS NOT NULL;
        GET DIAGNOSTICS erased = ROW_COUNT;
        IF weak IS NOT NULL THEN
          UPDATE audit_log SET changes = erase_json(changes, ARRAY[strong, weak])
           WHERE entity_id = ANY(concerning) AND changes::text ~ weak;
          GET DIAGNOSTICS n = ROW_COUNT; erased := erased + n;
        END IF;
        IF strong IS NOT NULL THEN
          UPDATE audit_log SET changes = erase_json(changes, ARRAY[strong]) WHERE changes::text ~ strong;
          GET DIAGNOSTICS n = ROW_COUNT; erased := erased + n;
        END IF;
        PERFORM set_config('traject.gdpr_erasure', 'off', true);
        RETURN erased;
      END $$`);
    await db.query(`DROP FUNCTION audit_erase(text, text, text[])`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION audit_forget(text, text, text, text, text[])`);
    await db.query(`DROP FUNCTION erase_json(jsonb, text[])`);
    await db.query(`DROP FUNCTION erase_text(text, text[])`);
  }
}
