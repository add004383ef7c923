import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API keeps the sessions it found live for a few seconds (api/src/auth/sign-in-cache.ts). These triggers tell
 * every API process, on the channel `traject_sign_in`, when that knowledge goes stale: a session ended, expired or
 * deleted (`sessions:<id>`); a user deactivated, deleted, or changed in what a token carries: role, name, e-mail,
 * language, token version (`users:<id>`); either table emptied (`all`). A notification is sent at commit.
 */
export class NotifySignInChanges1766300000000 implements MigrationInterface {
  name = 'NotifySignInChanges1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION sign_in_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'STATEMENT' THEN
          PERFORM pg_notify('traject_sign_in', 'all');
        ELSE
          PERFORM pg_notify('traject_sign_in', TG_TABLE_NAME || ':' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER users_sign_in_changed AFTER UPDATE ON users FOR EACH ROW
        WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.token_version IS DISTINCT FROM NEW.token_version
              OR OLD.role IS DISTINCT FROM NEW.role OR OLD.email IS DISTINCT FROM NEW.email
              OR OLD.full_name IS DISTINCT FROM NEW.full_name OR OLD.language IS DISTINCT FROM NEW.language)
        EXECUTE FUNCTION sign_in_changed()`);
    await db.query(`CREATE TRIGGER users_sign_in_removed AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION sign_in_changed()`);
    await db.query(`
      CREATE TRIGGER sessions_sign_in_changed AFTER UPDATE ON sessions FOR EACH ROW
        WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
              OR OLD.user_id IS DISTINCT FROM NEW.user_id)
        EXECUTE FUNCTION sign_in_changed()`);
    await db.query(
      `CREATE TRIGGER sessions_sign_in_removed AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION sign_in_changed()`,
    );
    for (const table of ['users', 'sessions'])
      await db.query(
        `CREATE TRIGGER ${table}_sign_in_emptied AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION sign_in_changed()`,
      );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['users', 'sessions'])
      for (const name of ['changed', 'removed', 'emptied'])
        await db.query(`DROP TRIGGER ${table}_sign_in_${name} ON ${table}`);
    await db.query(`DROP FUNCTION sign_in_changed()`);
  }
}
