import { MigrationInterface, QueryRunner } from 'typeorm';

/** EMES assessments, recognition files with their moves, COOPCITY/BISSIB programmes and referrals with theirs. */
export class CreateAssessmentsRecognitionsReferrals1764460800000 implements MigrationInterface {
  name = 'CreateAssessmentsRecognitionsReferrals1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
        assessor_id uuid NOT NULL REFERENCES users(id),
        assessed_on date NOT NULL DEFAULT current_date,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
        indicators jsonb NOT NULL,
        lowest_wage numeric(12,2) CHECK (lowest_wage > 0),
        highest_wage numeric(12,2) CHECK (highest_wage > 0),
        wage_ratio numeric(8,2),
        profit_distribution_pct numeric(5,2) CHECK (profit_distribution_pct BETWEEN 0 AND 100),
        pillars jsonb NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('meets', 'partly_meets', 'does_not_meet')),
        finalised_at timestamptz,
        finalised_by_id uuid REFERENCES users(id),
        review_status text CHECK (review_status IN ('agreed', 'returned')),
        review_comment text,
        reviewed_by_id uuid REFERENCES users(id),
        reviewed_at timestamptz,
        previous_id uuid REFERENCES assessments(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX assessments_organisation_idx ON assessments (organisation_id, assessed_on DESC, created_at DESC)`);
    for (const column of ['status', 'verdict', 'assessor_id', 'assessed_on', 'created_at', 'finalised_at']) {
      await db.query(`CREATE INDEX assessments_${column}_idx ON assessments (${column}, id)`);
    }

    await db.query(`
      CREATE TABLE recognitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('brussels_esd', 'brussels_ipes', 'brussels_esi_mandate', 'federal_cnc_cooperative', 'federal_social_enterprise')),
        status text NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'submitted', 'incomplete', 'under_review', 'approved', 'refused', 'expired', 'withdrawn')),
        submitted_on date,
        decision_on date,
        valid_from date,
        valid_until date,
        term text NOT NULL DEFAULT 'first' CHECK (term IN ('first', 'renewal', 'further')),
        previous_id uuid REFERENCES recognitions(id) ON DELETE SET NULL,
        reference text,
        checklist jsonb NOT NULL DEFAULT '[]',
        notes text,
        renewal_task_at timestamptz,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT recognitions_valid_period CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
      )`);
    await db.query(`CREATE INDEX recognitions_organisation_idx ON recognitions (organisation_id, created_at DESC)`);
    for (const column of ['kind', 'status', 'valid_until', 'submitted_on', 'decision_on', 'created_at', 'previous_id']) {
      await db.query(`CREATE INDEX recognitions_${column}_idx ON recognitions (${column}, id)`);
    }
    await db.query(`
      CREATE TABLE recognition_events (
        id bigserial PRIMARY KEY,
        recognition_id uuid NOT NULL REFERENCES recognitions(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid REFERENCES users(id),
        from_status text,
        to_status text NOT NULL,
        comment text
      )`);
    await db.query(`CREATE INDEX recognition_events_recognition_idx ON recognition_events (recognition_id, at)`);
    await db.query(`CREATE INDEX recognition_events_organisation_idx ON recognition_events (organisation_id, at)`);

    // The organisation's recognitionStatus: the status of its latest Brussels approval file.
    await db.query(`
      CREATE FUNCTION recognitions_refresh_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE organisation uuid;
      BEGIN
        FOREACH organisation IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.organisation_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.organisation_id END] LOOP
          CONTINUE WHEN organisation IS NULL;
          UPDATE organisations o SET recognition_status = latest.status
            FROM (SELECT (SELECT r.status FROM recognitions r
                           WHERE r.organisation_id = organisation AND r.kind IN ('brussels_esd', 'brussels_ipes')
                           ORDER BY (r.status = 'approved') DESC, r.created_at DESC LIMIT 1) AS status) AS latest
           WHERE o.id = organisation AND o.recognition_status IS DISTINCT FROM latest.status;
        END LOOP;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER recognitions_refresh_organisation AFTER INSERT OR UPDATE OF status, kind, organisation_id OR DELETE ON recognitions FOR EACH ROW EXECUTE FUNCTION recognitions_refresh_organisation()`);

    // Scheduled work remembers the day it last ran, so several API processes do it once a day.
    await db.query(`CREATE TABLE scheduled_runs (job text PRIMARY KEY, ran_on date NOT NULL, report jsonb)`);

    await db.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner text NOT NULL CHECK (partner IN ('coopcity', 'bissib')),
        name text NOT NULL,
        stage text NOT NULL CHECK (stage IN ('idea', 'launch', 'consolidation', 'pooling', 'innovation', 'network')),
        description text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // Starting list; only "Innovate" is a confirmed name: admins keep the list up to date.
    await db.query(`
      INSERT INTO programmes (partner, name, stage, description) VALUES
        ('coopcity', 'COOPCITY – Idée', 'idea', 'Explore a social-enterprise idea before launching'),
        ('coopcity', 'COOPCITY – Lancement', 'launch', 'Launch programme for new social enterprises'),
        ('coopcity', 'COOPCITY – Consolidation', 'consolidation', 'Consolidate the economic model of a young social enterprise'),
        ('coopcity', 'COOPCITY – Mutualisation', 'pooling', 'Pooling resources between social enterprises'),
        ('coopcity', 'COOPCITY – Innovate', 'innovation', 'Social-innovation programme'),
        ('bissib', 'BISSIB – Réseau / Netwerk', 'network', 'Brussels social-innovation network: events, partners, advocacy')`);

    await db.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
        partner text NOT NULL CHECK (partner IN ('coopcity', 'bissib')),
        programme_id uuid REFERENCES programmes(id),
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'sent', 'accepted', 'in_progress', 'completed', 'declined', 'cancelled')),
        referred_on date NOT NULL DEFAULT current_date,
        responded_on date,
        completed_on date,
        outcome text,
        reason text,
        referred_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX referrals_organisation_idx ON referrals (organisation_id, referred_on DESC)`);
    for (const column of ['partner', 'programme_id', 'status', 'referred_on', 'created_at']) {
      await db.query(`CREATE INDEX referrals_${column}_idx ON referrals (${column}, id)`);
    }
    await db.query(`
      CREATE TABLE referral_events (
        id bigserial PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid REFERENCES users(id),
        from_status text,
        to_status text NOT NULL,
        comment text
      )`);
    await db.query(`CREATE INDEX referral_events_organisation_idx ON referral_events (organisation_id, at)`);
    await db.query(`CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['referral_events', 'referrals', 'programmes', 'scheduled_runs', 'recognition_events', 'recognitions', 'assessments']) await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION recognitions_refresh_organisation()`);
  }
}
