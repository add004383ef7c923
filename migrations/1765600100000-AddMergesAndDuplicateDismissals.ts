import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicates: a merged organisation or contact stays as a tombstone that names its survivor (links in
 * e-mails and exports keep working), and "not a duplicate" answers are remembered per pair.
 */
export class AddMergesAndDuplicateDismissals1765600100000 implements MigrationInterface {
  name = 'AddMergesAndDuplicateDismissals1765600100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisations ADD COLUMN merged_into_id uuid REFERENCES organisations(id) ON DELETE SET NULL`);
    await db.query(`ALTER TABLE contacts ADD COLUMN merged_into_id uuid REFERENCES contacts(id) ON DELETE SET NULL`);
    // Names compared by trigrams, accent-blind, among the live records.
    await db.query(`CREATE INDEX organisations_name_trgm_idx ON organisations USING gin (search_text(name) gin_trgm_ops) WHERE merged_into_id IS NULL`);
    await db.query(`CREATE INDEX contacts_name_trgm_idx ON contacts USING gin (search_text(first_name || ' ' || last_name) gin_trgm_ops) WHERE merged_into_id IS NULL`);
    await db.query(`
      CREATE TABLE duplicate_dismissals (
        kind text NOT NULL CHECK (kind IN ('organisation', 'contact')),
        first_id uuid NOT NULL, second_id uuid NOT NULL,
        dismissed_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, first_id, second_id),
        CHECK (first_id < second_id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE duplicate_dismissals`);
    await db.query(`DROP INDEX contacts_name_trgm_idx`);
    await db.query(`DROP INDEX organisations_name_trgm_idx`);
    await db.query(`ALTER TABLE contacts DROP COLUMN merged_into_id`);
    await db.query(`ALTER TABLE organisations DROP COLUMN merged_into_id`);
  }
}
