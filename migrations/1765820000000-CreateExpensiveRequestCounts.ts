import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests per user and minute to the expensive routes (search, exports, reports, import), counted across every API process. */
export class CreateExpensiveRequestCounts1765820000000 implements MigrationInterface {
  name = 'CreateExpensiveRequestCounts1765820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE expensive_requests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        minute timestamptz NOT NULL,
        count integer NOT NULL DEFAULT 1,
        PRIMARY KEY (user_id, minute)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE expensive_requests`);
  }
}
