import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The words of every KBO name, each once, trigram-indexed: a name typed with a mistake is found by correcting
 * each of its words against these words (tens of thousands of rows) instead of comparing the whole name with
 * every name through the trigram index of 3 million names (about 1 s per search at national scale, bench of
 * 2 December). That trigram index then serves nothing and goes: a full load no longer builds it.
 * Every load rebuilds the words on its fresh copy (api/src/kbo/kbo-name-words.ts).
 */
export class KboNameDictionary1766200000000 implements MigrationInterface {
  name = 'KboNameDictionary1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE kbo_name_words (word text NOT NULL)`);
    await db.query(
      `INSERT INTO kbo_name_words (word)
       SELECT DISTINCT word FROM kbo_denomination, unnest(tsvector_to_array(to_tsvector('simple'::regconfig, folded))) AS word`,
    );
    await db.query(`CREATE INDEX kbo_name_words_trigrams ON kbo_name_words USING gin (word gin_trgm_ops)`);
    await db.query(`DROP INDEX kbo_denomination_folded`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX kbo_denomination_folded ON kbo_denomination USING gin (folded gin_trgm_ops)`);
    await db.query(`DROP TABLE kbo_name_words`);
  }
}
