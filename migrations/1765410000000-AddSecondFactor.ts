import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second factor for local accounts: one TOTP secret per user (confirmed once a code from the app
 * matched) and ten single-use recovery codes, stored as hashes. Neither table is audited by trigger
 * (they hold secrets); enrolment, use and reset are written to the audit log by the API.
 */
export class AddSecondFactor1765410000000 implements MigrationInterface {
  name = 'AddSecondFactor1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE second_factors (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        secret text NOT NULL,
        confirmed_at timestamptz,
        last_step bigint,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recovery_codes`);
    await db.query(`DROP TABLE second_factors`);
  }
}
