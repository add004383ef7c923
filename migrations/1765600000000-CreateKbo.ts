import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The KBO/BCE open data (FPS Economy's monthly extract) in tables of its own, one per file of the
 * extract with the cookbook's columns. These tables hold no constraint, only indexes: a full extract is
 * loaded into fresh copies and swapped in (the loader recreates each index listed here under its name),
 * so lookups keep serving the previous data while a load runs.
 */
export class CreateKbo1765600000000 implements MigrationInterface {
  name = 'CreateKbo1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE kbo_code (category text NOT NULL, code text NOT NULL, language text NOT NULL, description text)`);
    await db.query(`CREATE UNIQUE INDEX kbo_code_key ON kbo_code (category, code, language)`);
    await db.query(`
      CREATE TABLE kbo_enterprise (
        enterprise_number text NOT NULL, status text, juridical_situation text, type_of_enterprise text,
        juridical_form text, juridical_form_cac text, start_date date)`);
    await db.query(`CREATE UNIQUE INDEX kbo_enterprise_number ON kbo_enterprise (enterprise_number)`);
    await db.query(`CREATE TABLE kbo_establishment (establishment_number text NOT NULL, start_date date, enterprise_number text)`);
    await db.query(`CREATE INDEX kbo_establishment_number ON kbo_establishment (establishment_number)`);
    await db.query(`CREATE INDEX kbo_establishment_enterprise ON kbo_establishment (enterprise_number)`);
    await db.query(`CREATE TABLE kbo_branch (id text NOT NULL, start_date date, enterprise_number text)`);
    await db.query(`CREATE INDEX kbo_branch_id ON kbo_branch (id)`);
    await db.query(`
      CREATE TABLE kbo_denomination (
        entity_number text NOT NULL, language text, type_of_denomination text, denomination text,
        folded text GENERATED ALWAYS AS (search_text(denomination)) STORED)`);
    await db.query(`CREATE INDEX kbo_denomination_entity ON kbo_denomination (entity_number)`);
    await db.query(`CREATE INDEX kbo_denomination_folded ON kbo_denomination USING gin (folded gin_trgm_ops)`);
    await db.query(`
      CREATE TABLE kbo_address (
        entity_number text NOT NULL, type_of_address text, country_nl text, country_fr text, zipcode text,
        municipality_nl text, municipality_fr text, street_nl text, street_fr text, house_number text, box text,
        extra_address_info text, date_striking_off date)`);
    await db.query(`CREATE INDEX kbo_address_entity ON kbo_address (entity_number)`);
    await db.query(`CREATE TABLE kbo_contact (entity_number text NOT NULL, entity_contact text, contact_type text, value text)`);
    await db.query(`CREATE INDEX kbo_contact_entity ON kbo_contact (entity_number)`);
    await db.query(`CREATE TABLE kbo_activity (entity_number text NOT NULL, activity_group text, nace_version text, nace_code text, classification text)`);
    await db.query(`CREATE INDEX kbo_activity_entity ON kbo_activity (entity_number)`);

    // Every load tried: its extract (number, type, snapshot), counts, duration and outcome.
    await db.query(`
      CREATE TABLE kbo_loads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
        extract_number integer, extract_type text CHECK (extract_type IN ('full', 'update')),
        snapshot_date date, extract_timestamp text, cookbook_version text,
        counts jsonb NOT NULL DEFAULT '{}', progress jsonb NOT NULL DEFAULT '{}',
        changed_organisations integer, error_code text, error text,
        started_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        started_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz, duration_ms integer)`);
    await db.query(`CREATE INDEX kbo_loads_done ON kbo_loads (extract_number DESC) WHERE status = 'done'`);

    // What Traject last saw in the KBO for each organisation with a number, to tell what changed.
    await db.query(`
      CREATE TABLE kbo_watch (
        organisation_id uuid PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
        enterprise_number text NOT NULL,
        profile jsonb,
        alert text CHECK (alert IN ('stopped', 'bankruptcy', 'liquidation', 'reorganisation')),
        seen_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX kbo_watch_alert ON kbo_watch (alert) WHERE alert IS NOT NULL`);
    await db.query(`
      CREATE TABLE kbo_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        load_id uuid NOT NULL REFERENCES kbo_loads(id),
        changes jsonb NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'applied', 'dismissed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz, resolved_by_id uuid REFERENCES users(id) ON DELETE SET NULL)`);
    await db.query(`CREATE INDEX kbo_changes_organisation ON kbo_changes (organisation_id, created_at DESC)`);
    await db.query(`CREATE INDEX kbo_changes_load ON kbo_changes (load_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['kbo_changes', 'kbo_watch', 'kbo_loads', 'kbo_activity', 'kbo_contact', 'kbo_address', 'kbo_denomination', 'kbo_branch', 'kbo_establishment', 'kbo_enterprise', 'kbo_code']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
