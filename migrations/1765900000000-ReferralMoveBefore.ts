import { MigrationInterface, QueryRunner } from 'typeorm';

/** A referral's move keeps what it changed (status, dates, outcome, reason as before), so its author can undo it (issue 18). */
export class ReferralMoveBefore1765900000000 implements MigrationInterface {
  name = 'ReferralMoveBefore1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral_events ADD COLUMN before jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral_events DROP COLUMN before`);
  }
}
