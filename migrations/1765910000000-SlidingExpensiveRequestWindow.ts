import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-user limit on expensive routes over any 60 seconds rather than per calendar minute (issue 17): one row per
 * user holding the times of their requests accepted in the last minute. The per-minute counts go.
 */
export class SlidingExpensiveRequestWindow1765910000000 implements MigrationInterface {
  name = 'SlidingExpensiveRequestWindow1765910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE expensive_request_windows (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        accepted_at timestamptz[] NOT NULL DEFAULT '{}',
        refused boolean NOT NULL DEFAULT false
      )`);
    await q.query(`DROP TABLE expensive_requests`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE expensive_requests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        minute timestamptz NOT NULL,
        count integer NOT NULL DEFAULT 1,
        PRIMARY KEY (user_id, minute)
      )`);
    await q.query(`DROP TABLE expensive_request_windows`);
  }
}
