import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The KBO name search by words: every word typed is the start of a word of the name (accent-blind),
 * found through a word index rather than trigrams, whose posting lists for common trigrams ("  b",
 * "ie ") run to hundreds of thousands of rows at national scale. The trigram index stays for names
 * typed with a mistake. A full extract's load rebuilds both on its fresh copy under these names.
 */
export class KboNameWords1765870000000 implements MigrationInterface {
  name = 'KboNameWords1765870000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX kbo_denomination_words ON kbo_denomination USING gin (to_tsvector('simple'::regconfig, folded))`);
    // The registered-seat address of an enterprise, read by every search result.
    await db.query(`CREATE INDEX kbo_address_entity_type ON kbo_address (entity_number, type_of_address)`);
    await db.query(`DROP INDEX kbo_address_entity`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX kbo_address_entity ON kbo_address (entity_number)`);
    await db.query(`DROP INDEX kbo_address_entity_type`);
    await db.query(`DROP INDEX kbo_denomination_words`);
  }
}
