import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each session remembers the hashes of its rotated-away refresh secrets, so that one sent again ends the session. */
export class RememberRotatedSessionTokens1765830000000 implements MigrationInterface {
  name = 'RememberRotatedSessionTokens1765830000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions ADD COLUMN retired_token_hashes text[] NOT NULL DEFAULT '{}', ADD COLUMN rotated_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN rotated_at, DROP COLUMN retired_token_hashes`);
  }
}
