import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Forgot password" reuses the set-your-password links: a row of user_invitations now says what it is for, an
 * invitation (sent by an admin, valid INVITATION_DAYS) or a reset (asked for by the person, valid
 * PASSWORD_RESET_MINUTES). Still one row per user: the newest link replaces the earlier one, whatever its purpose.
 */
export class AddPasswordResets1766000000000 implements MigrationInterface {
  name = 'AddPasswordResets1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE user_invitations ADD COLUMN purpose text NOT NULL DEFAULT 'invitation'
         CONSTRAINT user_invitations_purpose CHECK (purpose IN ('invitation', 'reset'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_invitations DROP COLUMN purpose`);
  }
}
