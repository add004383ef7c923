import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A failed KBO load keeps its refusal's params beside its code, so the console writes the reason in the
 * reader's language (`kbo.file_missing` with `{file}`) rather than showing the English sentence kept in `error`.
 */
export class KboLoadErrorParams1765920000000 implements MigrationInterface {
  name = 'KboLoadErrorParams1765920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE kbo_loads ADD COLUMN error_params jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE kbo_loads DROP COLUMN error_params`);
  }
}
