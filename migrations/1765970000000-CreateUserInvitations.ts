import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One pending invitation per user: the hash of a random set-your-password token (never the token), when it
 * expires, when it was used. A new invitation replaces the row. Not audited by trigger (it holds a secret):
 * inviting and accepting are written to the audit log by the API, the password itself by the users trigger.
 */
export class CreateUserInvitations1765970000000 implements MigrationInterface {
  name = 'CreateUserInvitations1765970000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_invitations (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        invited_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_invitations`);
  }
}
