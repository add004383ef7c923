import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where and how each session began, so people can see their sessions and end them. */
export class AddSessionDetails1765400000000 implements MigrationInterface {
  name = 'AddSessionDetails1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE sessions
        ADD COLUMN address text,
        ADD COLUMN user_agent text,
        ADD COLUMN method text NOT NULL DEFAULT 'password' CHECK (method IN ('password', 'oidc')),
        ADD COLUMN ended_by uuid REFERENCES users(id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX sessions_user_active_idx ON sessions (user_id, last_used_at DESC) WHERE revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX sessions_user_active_idx`);
    await db.query(`ALTER TABLE sessions DROP COLUMN ended_by, DROP COLUMN method, DROP COLUMN user_agent, DROP COLUMN address`);
  }
}
