import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the manager overview was missing, found by the benchmark (bench/, 10x volume) with EXPLAIN ANALYZE:
 * - the four meeting figures (total, by advisor, by month, by channel) of a period read only these
 *   columns of the meetings in the period: covered, they are index-only scans instead of a scan of the
 *   whole meetings table (notes included);
 * - the referral acceptance rate asks, per referral, whether an event moved it to accepted/declined:
 *   with the status in the index, an index-only probe instead of a heap visit per referral;
 * - the cases active in a period (opened before its end, not closed before its start), with the columns
 *   the figures group by, without reading the cases table.
 */
export class AddReportIndexes1764633600000 implements MigrationInterface {
  name = 'AddReportIndexes1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX meetings_period_covering_idx ON meetings (occurred_at) INCLUDE (author_id, channel, organisation_id)`);
    await db.query(`CREATE INDEX referral_events_referral_status_idx ON referral_events (referral_id, to_status)`);
    await db.query(`CREATE INDEX cases_period_idx ON cases (opened_on, closed_on) INCLUDE (organisation_id, advisor_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX cases_period_idx`);
    await db.query(`DROP INDEX referral_events_referral_status_idx`);
    await db.query(`DROP INDEX meetings_period_covering_idx`);
  }
}
