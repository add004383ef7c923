import { MigrationInterface, QueryRunner } from 'typeorm';

/** The public intake form's requests, the coordinators' inbox, and the per-address counter of the form. */
export class CreateIntakes1765700000000 implements MigrationInterface {
  name = 'CreateIntakes1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE intakes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'converted', 'dismissed')),
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NOT NULL,
        phone text,
        organisation_name text NOT NULL,
        enterprise_number text,
        postcode text,
        legal_form text,
        project_stage text CHECK (project_stage IN ('idea', 'launching', 'running')),
        topics text[] NOT NULL DEFAULT '{}',
        question text NOT NULL CHECK (length(question) <= 5000),
        language text NOT NULL CHECK (language IN ('fr', 'nl', 'en')),
        consent_text text NOT NULL,
        privacy_url text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        dismiss_reason text CHECK (dismiss_reason IN ('spam', 'duplicate', 'out_of_scope', 'answered_by_email')),
        dismissed_at timestamptz,
        dismissed_by_id uuid REFERENCES users(id),
        converted_at timestamptz,
        converted_by_id uuid REFERENCES users(id),
        organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
        anonymised_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'dismissed') = (dismissed_at IS NOT NULL)),
        CHECK ((status = 'converted') = (converted_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX intakes_status_submitted ON intakes (status, submitted_at DESC)`);
    await q.query(`CREATE INDEX intakes_submitted ON intakes (submitted_at DESC)`);
    await q.query(`CREATE INDEX intakes_email ON intakes (lower(email))`);
    await q.query(`CREATE INDEX intakes_organisation ON intakes (organisation_id) WHERE organisation_id IS NOT NULL`);
    // Submissions per address (a keyed hash, never the address itself) and in all, for the form's limits.
    await q.query(`CREATE TABLE intake_attempts (at timestamptz NOT NULL DEFAULT now(), address_key text NOT NULL)`);
    await q.query(`CREATE INDEX intake_attempts_address ON intake_attempts (address_key, at)`);
    await q.query(`CREATE INDEX intake_attempts_at ON intake_attempts (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intake_attempts`);
    await q.query(`DROP TABLE intakes`);
  }
}
