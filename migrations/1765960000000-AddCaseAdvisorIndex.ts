import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An advisor's overview narrows every figure to the organisations of their cases, and their organisations
 * supported to their cases active in the period: one index answers both without reading the cases (bench/,
 * 10x: 1,800 entries read instead of every case's four times per request).
 */
export class AddCaseAdvisorIndex1765960000000 implements MigrationInterface {
  name = 'AddCaseAdvisorIndex1765960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX cases_advisor_organisation_idx ON cases (advisor_id, organisation_id, opened_on, closed_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX cases_advisor_organisation_idx`);
  }
}
