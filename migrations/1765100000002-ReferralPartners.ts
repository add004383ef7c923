import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referral partners become data admins keep (DOMAIN.md): `partners` (its id is the code each referral
 * and programme already keeps), seeded with COOPCITY (a programme partner) and BISSIB (a network).
 * Existing referrals and programmes keep their partner; the fixed CHECK lists give way to a reference.
 * Programme names other than "Innovate" are unconfirmed: the starting ones are renamed so that they do
 * not look official (unless an admin already renamed them).
 */
export class ReferralPartners1765100000002 implements MigrationInterface {
  name = 'ReferralPartners1765100000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{1,39}$'),
        name_fr text NOT NULL CHECK (length(btrim(name_fr)) > 0),
        name_nl text NOT NULL CHECK (length(btrim(name_nl)) > 0),
        kind text NOT NULL CHECK (kind IN ('programme', 'network', 'service')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`
      INSERT INTO partners (id, name_fr, name_nl, kind) VALUES
        ('coopcity', 'COOPCITY', 'COOPCITY', 'programme'),
        ('bissib', 'BISSIB – Bruxelles Innovation Sociale', 'BISSIB – Sociale Innovatie Brussel', 'network')`);
    await db.query(`CREATE TRIGGER partners_audit AFTER INSERT OR UPDATE OR DELETE ON partners FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    for (const table of ['referrals', 'programmes']) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${table}_partner_check`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_partner_fkey FOREIGN KEY (partner) REFERENCES partners(id) ON UPDATE CASCADE`);
    }
    for (const [from, to] of [
      ['COOPCITY – Idée', 'Exemple – accompagnement idée (nom à confirmer)'],
      ['COOPCITY – Lancement', 'Exemple – accompagnement lancement (nom à confirmer)'],
      ['COOPCITY – Consolidation', 'Exemple – accompagnement consolidation (nom à confirmer)'],
      ['COOPCITY – Mutualisation', 'Exemple – mutualisation (nom à confirmer)'],
    ]) {
      await db.query(`UPDATE programmes SET name = $2 WHERE name = $1`, [from, to]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['referrals', 'programmes']) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_partner_fkey`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_partner_check CHECK (partner IN ('coopcity', 'bissib'))`);
    }
    await db.query(`DROP TABLE partners`);
  }
}
