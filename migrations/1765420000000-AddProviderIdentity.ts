import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in through the organisation's OpenID Connect provider: a person's stable subject at the issuer,
 * stored on their first sign-in; people created at first sign-in have no local password; a session
 * keeps the provider's ID token to offer signing out there too.
 */
export class AddProviderIdentity1765420000000 implements MigrationInterface {
  name = 'AddProviderIdentity1765420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN oidc_issuer text, ADD COLUMN oidc_subject text, ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_oidc_pair CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL))`);
    await db.query(`CREATE UNIQUE INDEX users_oidc_subject_unique ON users (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL`);
    await db.query(`ALTER TABLE sessions ADD COLUMN id_token text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN id_token`);
    await db.query(`DROP INDEX users_oidc_subject_unique`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_oidc_pair, DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer`);
  }
}
