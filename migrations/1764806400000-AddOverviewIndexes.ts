import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The manager overview at 10x volume (bench/, EXPLAIN ANALYZE): the verdicts of the assessments finalised
 * in a period were read by scanning every assessment; finalised ones, by date, with the verdict and the
 * organisation, are now an index-only range.
 */
export class AddOverviewIndexes1764806400000 implements MigrationInterface {
  name = 'AddOverviewIndexes1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX assessments_finalised_covering_idx ON assessments (finalised_at) INCLUDE (verdict, organisation_id) WHERE status = 'final'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX assessments_finalised_covering_idx`);
  }
}
