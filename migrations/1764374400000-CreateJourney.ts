import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cases (support journeys) with their events, meetings and tasks; the organisation's derived columns follow them. */
export class CreateJourney1764374400000 implements MigrationInterface {
  name = 'CreateJourney1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        title text NOT NULL,
        stage text NOT NULL DEFAULT 'intake' CHECK (stage IN ('intake', 'diagnosis', 'assessment', 'recognition', 'referral', 'follow_up', 'closed')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'on_hold', 'closed')),
        advisor_id uuid REFERENCES users(id),
        coordinator_id uuid REFERENCES users(id),
        priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
        opened_on date NOT NULL DEFAULT current_date,
        closed_on date,
        close_reason text,
        next_action_on date,
        summary text,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT cases_closed_together CHECK ((status = 'closed') = (stage = 'closed')),
        CONSTRAINT cases_closure_recorded CHECK (status <> 'closed' OR (closed_on IS NOT NULL AND close_reason IS NOT NULL))
      )`);
    // At most one journey under way per organisation, whatever the code does.
    await db.query(`CREATE UNIQUE INDEX cases_open_per_organisation_unique ON cases (organisation_id) WHERE status <> 'closed'`);
    for (const column of ['organisation_id', 'stage', 'status', 'advisor_id', 'coordinator_id', 'priority', 'opened_on', 'next_action_on', 'created_at', 'updated_at']) {
      await db.query(`CREATE INDEX cases_${column}_idx ON cases (${column}, id)`);
    }
    await db.query(`CREATE INDEX cases_search_idx ON cases USING gin (search_text(title || ' ' || coalesce(summary, '')) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE case_events (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('opened', 'stage_changed', 'assigned', 'status_changed', 'closed')),
        from_value text,
        to_value text,
        comment text
      )`);
    await db.query(`CREATE INDEX case_events_case_idx ON case_events (case_id, at)`);
    await db.query(`CREATE INDEX case_events_organisation_idx ON case_events (organisation_id, at)`);

    await db.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        duration_minutes integer CHECK (duration_minutes BETWEEN 0 AND 1440),
        channel text NOT NULL DEFAULT 'in_person' CHECK (channel IN ('in_person', 'video', 'phone', 'event', 'email')),
        contact_ids uuid[] NOT NULL DEFAULT '{}',
        staff_ids uuid[] NOT NULL DEFAULT '{}',
        subject text NOT NULL,
        notes text,
        outcomes text,
        next_steps text,
        follow_up_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX meetings_organisation_idx ON meetings (organisation_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX meetings_case_idx ON meetings (case_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX meetings_author_idx ON meetings (author_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX meetings_occurred_at_idx ON meetings (occurred_at, id)`);
    await db.query(`CREATE INDEX meetings_channel_idx ON meetings (channel, id)`);
    await db.query(`CREATE INDEX meetings_contact_ids_idx ON meetings USING gin (contact_ids)`);
    await db.query(`CREATE INDEX meetings_staff_ids_idx ON meetings USING gin (staff_ids)`);
    await db.query(`CREATE INDEX meetings_search_idx ON meetings USING gin (search_text(${MEETING_SEARCH}) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisations(id) ON DELETE CASCADE,
        case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
        meeting_id uuid REFERENCES meetings(id) ON DELETE SET NULL,
        title text NOT NULL,
        due_on date,
        assignee_id uuid REFERENCES users(id),
        status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'done', 'cancelled')),
        completed_at timestamptz,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX tasks_assignee_idx ON tasks (assignee_id, status, due_on)`);
    await db.query(`CREATE INDEX tasks_organisation_idx ON tasks (organisation_id, created_at)`);
    await db.query(`CREATE INDEX tasks_case_idx ON tasks (case_id)`);
    await db.query(`CREATE INDEX tasks_due_on_idx ON tasks (due_on, id)`);

    // The organisation's stage, advisor and last meeting are kept by the database itself,
    // so every writer (API, import, bulk load) leaves them right, without touching its version.
    await db.query(`
      CREATE FUNCTION organisation_journey_refresh(organisation uuid) RETURNS void LANGUAGE sql AS $$
        UPDATE organisations o
           SET stage = open_case.stage, advisor_id = open_case.advisor_id
          FROM (SELECT (SELECT stage FROM cases WHERE organisation_id = organisation AND status <> 'closed') AS stage,
                       (SELECT advisor_id FROM cases WHERE organisation_id = organisation AND status <> 'closed') AS advisor_id) AS open_case
         WHERE o.id = organisation
           AND (o.stage IS DISTINCT FROM open_case.stage OR o.advisor_id IS DISTINCT FROM open_case.advisor_id)
      $$`);
    await db.query(`
      CREATE FUNCTION cases_refresh_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM organisation_journey_refresh(OLD.organisation_id); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM organisation_journey_refresh(NEW.organisation_id); END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER cases_refresh_organisation AFTER INSERT OR UPDATE OF stage, status, advisor_id, organisation_id OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION cases_refresh_organisation()`);
    await db.query(`
      CREATE FUNCTION meetings_refresh_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE organisations SET last_meeting_at = (SELECT max(occurred_at) FROM meetings WHERE organisation_id = OLD.organisation_id) WHERE id = OLD.organisation_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE organisations SET last_meeting_at = (SELECT max(occurred_at) FROM meetings WHERE organisation_id = NEW.organisation_id) WHERE id = NEW.organisation_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER meetings_refresh_organisation AFTER INSERT OR UPDATE OF occurred_at, organisation_id OR DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION meetings_refresh_organisation()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tasks`);
    await db.query(`DROP TABLE meetings`);
    await db.query(`DROP TABLE case_events`);
    await db.query(`DROP TABLE cases`);
    await db.query(`DROP FUNCTION meetings_refresh_organisation()`);
    await db.query(`DROP FUNCTION cases_refresh_organisation()`);
    await db.query(`DROP FUNCTION organisation_journey_refresh(uuid)`);
  }
}

/** The text searched in a meeting: subject, notes, outcomes and next steps. */
const MEETING_SEARCH = `subject || ' ' || coalesce(notes, '') || ' ' || coalesce(outcomes, '') || ' ' || coalesce(next_steps, '')`;
