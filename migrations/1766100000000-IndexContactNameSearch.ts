import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search box, for someone who does not read a contact's personal fields, matches the contact by name and job
 * title only (the read policy's NAME_SEARCH), folded at query time. Unindexed, that read all 100,000 contacts of
 * the bench (0.2-3 s per search for an advisor); this trigram index on the same expression answers it in 20-60 ms.
 */
export class IndexContactNameSearch1766100000000 implements MigrationInterface {
  name = 'IndexContactNameSearch1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX contacts_name_search_idx ON contacts
         USING gin (search_text(first_name || ' ' || last_name || ' ' || coalesce(job_title, '')) gin_trgm_ops)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX contacts_name_search_idx`);
  }
}
