import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndSessions1764201600000 implements MigrationInterface {
  name = 'CreateUsersAndSessions1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE; an IMMUTABLE wrapper lets search indexes use it.
    await db.query(`
      CREATE OR REPLACE FUNCTION search_text(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('advisor', 'coordinator', 'manager', 'admin')),
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'nl', 'en')),
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        token_version integer NOT NULL DEFAULT 0,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email))`);
    await db.query(`CREATE INDEX users_full_name_idx ON users (lower(full_name))`);
    await db.query(`CREATE INDEX users_role_idx ON users (role)`);
    await db.query(`CREATE INDEX users_created_at_idx ON users (created_at)`);
    await db.query(`CREATE INDEX users_search_idx ON users USING gin (search_text(full_name || ' ' || email) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        account text NOT NULL,
        address text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_failures_account_idx ON login_failures (account, failed_at)`);
    await db.query(`CREATE INDEX login_failures_address_idx ON login_failures (address, failed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_failures`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP FUNCTION search_text(text)`);
  }
}
