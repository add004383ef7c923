import { MigrationInterface, QueryRunner } from 'typeorm';

/** The 19 municipalities of the Brussels-Capital Region: NIS code, French and Dutch names, postcodes. */
const BRUSSELS_MUNICIPALITIES: ReadonlyArray<[nis: string, fr: string, nl: string, postcodes: string[]]> = [
  ['21001', 'Anderlecht', 'Anderlecht', ['1070']],
  ['21002', 'Auderghem', 'Oudergem', ['1160']],
  ['21003', 'Berchem-Sainte-Agathe', 'Sint-Agatha-Berchem', ['1082']],
  ['21004', 'Bruxelles', 'Brussel', ['1000', '1020', '1120', '1130']],
  ['21005', 'Etterbeek', 'Etterbeek', ['1040']],
  ['21006', 'Evere', 'Evere', ['1140']],
  ['21007', 'Forest', 'Vorst', ['1190']],
  ['21008', 'Ganshoren', 'Ganshoren', ['1083']],
  ['21009', 'Ixelles', 'Elsene', ['1050']],
  ['21010', 'Jette', 'Jette', ['1090']],
  ['21011', 'Koekelberg', 'Koekelberg', ['1081']],
  ['21012', 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek', ['1080']],
  ['21013', 'Saint-Gilles', 'Sint-Gillis', ['1060']],
  ['21014', 'Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node', ['1210']],
  ['21015', 'Schaerbeek', 'Schaarbeek', ['1030']],
  ['21016', 'Uccle', 'Ukkel', ['1180']],
  ['21017', 'Watermael-Boitsfort', 'Watermaal-Bosvoorde', ['1170']],
  ['21018', 'Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe', ['1200']],
  ['21019', 'Woluwe-Saint-Pierre', 'Sint-Pieters-Woluwe', ['1150']],
];

export class CreateOrganisationsAndContacts1764288000000 implements MigrationInterface {
  name = 'CreateOrganisationsAndContacts1764288000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE municipalities (
        nis_code text PRIMARY KEY,
        name_fr text NOT NULL,
        name_nl text NOT NULL,
        postcodes text[] NOT NULL
      )`);
    for (const [nis, fr, nl, postcodes] of BRUSSELS_MUNICIPALITIES) {
      await db.query(`INSERT INTO municipalities VALUES ($1, $2, $3, $4)`, [nis, fr, nl, postcodes]);
    }
    // Parts of 1040 and 1050 belong to the City of Brussels: the postcode proposes, the advisor corrects.
    await db.query(`
      CREATE TABLE postcodes (
        postcode text PRIMARY KEY,
        nis_code text NOT NULL REFERENCES municipalities(nis_code)
      )`);
    await db.query(`INSERT INTO postcodes SELECT unnest(postcodes), nis_code FROM municipalities`);

    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        enterprise_number text CHECK (enterprise_number ~ '^[01][0-9]{9}$'),
        legal_form text,
        sectors text[] NOT NULL DEFAULT '{}',
        description text,
        social_mission text,
        street text,
        postcode text,
        municipality text REFERENCES municipalities(nis_code),
        website text,
        email text,
        phone text,
        founded_on date,
        employees_fte numeric(8,2) CHECK (employees_fte >= 0),
        volunteers integer CHECK (volunteers >= 0),
        languages text[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        archived boolean NOT NULL DEFAULT false,
        stage text,
        advisor_id uuid REFERENCES users(id),
        recognition_status text,
        last_meeting_at timestamptz,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE UNIQUE INDEX organisations_enterprise_number_unique ON organisations (enterprise_number) WHERE enterprise_number IS NOT NULL`);
    await db.query(`CREATE INDEX organisations_name_idx ON organisations (lower(name), id)`);
    await db.query(`CREATE INDEX organisations_name_postcode_idx ON organisations (name, postcode)`);
    for (const column of ['legal_form', 'municipality', 'stage', 'advisor_id', 'recognition_status', 'last_meeting_at', 'created_at', 'updated_at', 'postcode', 'employees_fte']) {
      await db.query(`CREATE INDEX organisations_${column}_idx ON organisations (${column}, id)`);
    }
    await db.query(`CREATE INDEX organisations_sectors_idx ON organisations USING gin (sectors)`);
    await db.query(`CREATE INDEX organisations_tags_idx ON organisations USING gin (tags)`);
    await db.query(`CREATE INDEX organisations_languages_idx ON organisations USING gin (languages)`);
    await db.query(`CREATE INDEX organisations_archived_idx ON organisations (archived)`);
    await db.query(`CREATE INDEX organisations_search_idx ON organisations USING gin (search_text(${ORGANISATION_SEARCH}) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        first_name text NOT NULL,
        last_name text NOT NULL,
        job_title text,
        email text,
        phone text,
        language text CHECK (language IN ('fr', 'nl', 'en')),
        is_primary boolean NOT NULL DEFAULT false,
        legal_basis text NOT NULL DEFAULT 'public_task' CHECK (legal_basis IN ('public_task', 'legal_obligation', 'contract', 'consent')),
        consent_given_at timestamptz,
        notes text,
        anonymised_at timestamptz,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT contacts_consent_date CHECK (legal_basis <> 'consent' OR consent_given_at IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX contacts_primary_unique ON contacts (organisation_id) WHERE is_primary`);
    await db.query(`CREATE INDEX contacts_organisation_idx ON contacts (organisation_id)`);
    await db.query(`CREATE INDEX contacts_name_idx ON contacts (lower(last_name), lower(first_name), id)`);
    await db.query(`CREATE INDEX contacts_created_at_idx ON contacts (created_at, id)`);
    await db.query(`CREATE INDEX contacts_search_idx ON contacts USING gin (search_text(${CONTACT_SEARCH}) gin_trgm_ops)`);

    // Append-only trail of who did what; GDPR acts are written here from the start.
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid REFERENCES users(id),
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        changes jsonb
      )`);
    await db.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at)`);
    await db.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'contacts', 'organisations', 'postcodes', 'municipalities']) await db.query(`DROP TABLE ${table}`);
  }
}

/** The text `q` searches in: name, the enterprise number with and without dots, the description. */
const ORGANISATION_SEARCH = `name || ' ' || coalesce(enterprise_number, '') || ' ' || coalesce(substr(enterprise_number, 1, 4) || '.' || substr(enterprise_number, 5, 3) || '.' || substr(enterprise_number, 8), '') || ' ' || coalesce(description, '')`;
const CONTACT_SEARCH = `first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, '')`;
