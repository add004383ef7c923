import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the audit trail records; each gets a trigger, so no write to them can skip it. */
const AUDITED_TABLES = ['users', 'organisations', 'contacts', 'cases', 'meetings', 'tasks', 'assessments', 'recognitions', 'programmes', 'referrals'];

/**
 * The audit trail is written by the database itself, in the same transaction as each change:
 * one row per create, update and delete of the audited tables, with the changed fields' old and
 * new values (never password hashes or tokens), and the acting user the API stamps on each
 * transaction (`traject.user_id`). The audit_log table is append-only for every role.
 */
export class CreateAuditTrail1764547200000 implements MigrationInterface {
  name = 'CreateAuditTrail1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        quiet text[] := ARRAY['created_at', 'updated_at', 'version', 'password_hash', 'token_version', 'last_login_at', 'renewal_task_at'];
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
    for (const table of AUDITED_TABLES) {
      await db.query(`CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }

    // Append-only: no role may change or remove a line, except GDPR erasure blanking personal data.
    await db.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('traject.gdpr_erasure', true) = 'on'
           AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id
           AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await db.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`);

    // GDPR erasure (art. 17): the person's own record keeps that it changed, not its values;
    // elsewhere (meeting notes...) the person's name, e-mail and phone are blanked.
    await db.query(`
      CREATE FUNCTION audit_erase(forget_entity text, forget_id text, terms text[]) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        term text;
        pattern text;
        erased integer := 0;
        n integer;
      BEGIN
        PERFORM set_config('traject.gdpr_erasure', 'on', true);
        UPDATE audit_log SET changes = NULL WHERE entity = forget_entity AND entity_id = forget_id AND changes IS NOT NULL;
        GET DIAGNOSTICS erased = ROW_COUNT;
        FOREACH term IN ARRAY terms LOOP
          CONTINUE WHEN term IS NULL OR length(term) < 3;
          pattern := regexp_replace(term, '([.*+?^$(){}|\\[\\]\\\\])', '\\\\\\1', 'g');
          UPDATE audit_log SET changes = regexp_replace(changes::text, pattern, '[anonymised]', 'gi')::jsonb
           WHERE changes::text ~* pattern;
          GET DIAGNOSTICS n = ROW_COUNT;
          erased := erased + n;
        END LOOP;
        PERFORM set_config('traject.gdpr_erasure', 'off', true);
        RETURN erased;
      END $$`);
    await db.query(`CREATE INDEX audit_log_user_idx ON audit_log (user_id, at)`);
    await db.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of AUDITED_TABLES) await db.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    await db.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await db.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await db.query(`DROP FUNCTION audit_log_append_only()`);
    await db.query(`DROP FUNCTION audit_row()`);
    await db.query(`DROP FUNCTION audit_erase(text, text, text[])`);
  }
}
