import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each recognition kind on its own clock (DOMAIN.md, revised 2026-11-30).
 * - `renewal_opens_on` / `renewal_late_from`: the renewal window of a Brussels approval, kept on the file
 *   by the API (api/src/domain/recognition-rules.ts) so that lists, dashboard and daily work read one
 *   definition. Existing files are filled here once; PostgreSQL's month arithmetic clamps to the month's
 *   last day exactly as that rule does (31 May less 6 months is 30 November).
 * - `call_deadline`: the Minister's call a mandate's renewal answers.
 * - The staff the file declares for the staff test; the organisation's BCE registration date.
 * - `recognition_obligations`: the yearly activity report and a mandate's balance claim, once opened
 *   (with the advisor's task) and when done.
 */
export class RecognitionClocks1765100000000 implements MigrationInterface {
  name = 'RecognitionClocks1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE recognitions
        ADD COLUMN renewal_opens_on date,
        ADD COLUMN renewal_late_from date,
        ADD COLUMN call_deadline date,
        ADD COLUMN permanent_fte numeric(7,2) CHECK (permanent_fte >= 0),
        ADD COLUMN self_employed_partners integer CHECK (self_employed_partners >= 0),
        ADD COLUMN main_occupation_partners integer CHECK (main_occupation_partners >= 0)`);
    await db.query(`
      UPDATE recognitions SET renewal_opens_on = (valid_until - interval '6 months')::date, renewal_late_from = (valid_until - interval '3 months')::date
       WHERE kind IN ('brussels_esd', 'brussels_ipes') AND valid_until IS NOT NULL`);
    await db.query(`CREATE INDEX recognitions_renewal_opens ON recognitions (renewal_opens_on) WHERE status = 'approved'`);
    await db.query(`ALTER TABLE organisations ADD COLUMN registered_on date`);
    await db.query(`UPDATE organisations SET registered_on = founded_on WHERE founded_on IS NOT NULL`);
    await db.query(`
      CREATE TABLE recognition_obligations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recognition_id uuid NOT NULL REFERENCES recognitions(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        obligation text NOT NULL CHECK (obligation IN ('activity_report', 'balance_claim')),
        year integer NOT NULL,
        due_on date NOT NULL,
        task_id uuid REFERENCES tasks(id) ON DELETE SET NULL,
        done_on date,
        done_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recognition_id, obligation, year)
      )`);
    await db.query(`CREATE INDEX recognition_obligations_organisation ON recognition_obligations (organisation_id)`);
    await db.query(`CREATE TRIGGER recognition_obligations_audit AFTER INSERT OR UPDATE OR DELETE ON recognition_obligations FOR EACH ROW EXECUTE FUNCTION audit_row()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recognition_obligations`);
    await db.query(`ALTER TABLE organisations DROP COLUMN registered_on`);
    await db.query(`DROP INDEX recognitions_renewal_opens`);
    await db.query(`
      ALTER TABLE recognitions DROP COLUMN renewal_opens_on, DROP COLUMN renewal_late_from, DROP COLUMN call_deadline,
        DROP COLUMN permanent_fte, DROP COLUMN self_employed_partners, DROP COLUMN main_occupation_partners`);
  }
}
