import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each case, assessment, referral and recognition file adds to the overview's figures of a period,
 * as (figure, day, key, label) lines: a case its opening and closing days and the days from its opening to
 * its first meeting and first referral (cases closed before their opening day add nothing: the overview
 * counts those few from the cases); a final assessment its verdict on the day it was finalised; a referral
 * its partner and status on the day it was made, and whether a partner answered it and accepted it (its
 * moves); a recognition file its status (no day: `-infinity`).
 */
const CONTRIBUTIONS = (id: (alias: string) => string) => `
  SELECT 'case'::text AS source, c.id AS source_id, v.figure, v.day, v.key, NULL::text AS label, 1 AS n FROM cases c
   CROSS JOIN LATERAL (VALUES ('opened', c.opened_on, NULL::text), ('closed', c.closed_on, NULL),
                              ('toFirstMeeting', c.opened_on, (c.first_meeting_on - c.opened_on)::text),
                              ('toReferral', c.opened_on, (c.first_referral_on - c.opened_on)::text)) AS v(figure, day, key)
   WHERE ${id('c')} AND (c.closed_on IS NULL OR c.closed_on >= c.opened_on) AND v.day IS NOT NULL
     AND (v.figure IN ('opened', 'closed') OR v.key IS NOT NULL)
  UNION ALL
  SELECT 'assessment', a.id, 'verdict', a.finalised_at::date, a.verdict, NULL, 1 FROM assessments a
   WHERE ${id('a')} AND a.status = 'final' AND a.finalised_at IS NOT NULL
  UNION ALL
  SELECT 'referral', f.id, v.figure, f.referred_on, v.key, v.label, 1 FROM referrals f
   CROSS JOIN LATERAL (SELECT coalesce(bool_or(e.to_status IN ('accepted', 'declined')), false) AS answered,
                              coalesce(bool_or(e.to_status = 'accepted'), false) AS accepted
                         FROM referral_events e WHERE e.referral_id = f.id) AS e
   CROSS JOIN LATERAL (VALUES ('referral', f.partner, f.status, true), ('answered', NULL, NULL, e.answered),
                              ('accepted', NULL, NULL, e.accepted)) AS v(figure, key, label, present)
   WHERE ${id('f')} AND v.present
  UNION ALL
  SELECT 'recognition', r.id, 'recognitionStatus', '-infinity'::date, r.status, NULL, 1 FROM recognitions r WHERE ${id('r')}`;

/** The kept counts of a set of contributions: by day and by month. */
const COUNTS = (lines: string, sign: string) => `
  SELECT g.grain, CASE g.grain WHEN 'day' THEN l.day ELSE date_trunc('month', l.day::timestamp)::date END AS at,
         l.figure, l.key, l.label, sum(${sign} * l.n)::int AS n
    FROM ${lines} l CROSS JOIN (VALUES ('day'), ('month')) AS g(grain)
   GROUP BY 1, 2, 3, 4, 5`;

/** The meetings counted by day (in the database's TimeZone, as the overview reads the period), author and channel. */
const MEETING_DAYS = `SELECT m.occurred_at::date AS day, m.author_id, m.channel, count(*)::int AS meetings FROM meetings m GROUP BY 1, 2, 3`;

/** As in migration AddOrganisationSpans: the kept counts of a set of spans, by year and month, for each grouping key. */
const SPAN_COUNTS = (spans: string, sign: string) => `
  SELECT e.event, g.grain, date_trunc(g.grain, e.at::timestamp)::date AS at, k.dim, k.key, sum(${sign})::int AS spans
    FROM ${spans} s
    CROSS JOIN LATERAL (VALUES ('after', s.after_on), ('end', s.ends_on), ('start', s.opened_on)) AS e(event, at)
    CROSS JOIN LATERAL (VALUES ('year'), ('month')) AS g(grain)
    CROSS JOIN LATERAL organisation_span_keys(s.stage, s.legal_form, s.municipality, s.sectors) k
   WHERE e.at <> 'infinity'::date AND (g.grain = 'year' OR e.at <> '-infinity'::date)
   GROUP BY 1, 2, 3, 4, 5`;

const SPAN_ADD = `ON CONFLICT (event, grain, at, dim, key) DO UPDATE SET spans = k.spans + excluded.spans`;

const ADD = `ON CONFLICT (grain, at, figure, key, label) DO UPDATE SET n = k.n + excluded.n`;

/** Each table, the trigger that refreshes what its rows add, and the columns that matter. */
const SOURCES = [
  { table: 'cases', source: 'case', id: 'id', columns: ['opened_on', 'closed_on', 'first_meeting_on', 'first_referral_on'] },
  { table: 'assessments', source: 'assessment', id: 'id', columns: ['status', 'finalised_at', 'verdict'] },
  { table: 'referrals', source: 'referral', id: 'id', columns: ['referred_on', 'partner', 'status'] },
  { table: 'referral_events', source: 'referral', id: 'referral_id', columns: ['referral_id', 'to_status'] },
  { table: 'recognitions', source: 'recognition', id: 'id', columns: ['status'] },
];

/**
 * The overview's figures of a period (cases opened and closed, the medians from opening to first meeting and
 * to referral, EMES verdicts, referrals by partner and status with their answers) and the recognition files
 * by status, kept by day and by month (overview_counts) in the writer's transaction: a trigger on each
 * source table replaces what the changed row added (overview_contributions) and moves the counts by the
 * difference. The overview sums whole months and the days of the two partial months: a few hundred rows
 * instead of 10,000 cases, assessments and referrals (and 10,000 probes of the referrals' moves) for a
 * year at 10x. `overview_counts_drift()` lists where the kept lines or counts differ from a full recount
 * (the nightly job `reports-rollups-check` reports and repairs them); `overview_counts_rebuild()` recounts
 * all (the bench generator, which loads with triggers off, calls it).
 */
export class AddOverviewCounts1765950000000 implements MigrationInterface {
  name = 'AddOverviewCounts1765950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE overview_contributions (
        source text NOT NULL,
        source_id uuid NOT NULL,
        figure text NOT NULL,
        day date NOT NULL,
        key text,
        label text,
        n integer NOT NULL,
        CONSTRAINT overview_contributions_key UNIQUE NULLS NOT DISTINCT (source, source_id, figure, day, key, label)
      )`);
    await db.query(`
      CREATE TABLE overview_counts (
        grain text NOT NULL CHECK (grain IN ('day', 'month')),
        at date NOT NULL,
        figure text NOT NULL,
        key text,
        label text,
        n integer NOT NULL,
        CONSTRAINT overview_counts_key UNIQUE NULLS NOT DISTINCT (grain, at, figure, key, label)
      )`);
    await db.query(`CREATE INDEX overview_counts_zero_idx ON overview_counts (figure) WHERE n = 0`);
    // The renewals due ask which files have a renewal with a call deadline: a few rows, not a scan of every file.
    await db.query(`CREATE INDEX recognitions_call_deadline_idx ON recognitions (previous_id) WHERE call_deadline IS NOT NULL`);
    await db.query(`
      CREATE FUNCTION overview_contributions_of(source_name text, row_id uuid) RETURNS SETOF overview_contributions LANGUAGE sql STABLE AS $$
        SELECT * FROM (${CONTRIBUTIONS((alias) => `${alias}.id = $2`)}) l WHERE l.source = $1
      $$`);
    await db.query(`
      CREATE FUNCTION overview_refresh(source_name text, row_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF row_id IS NULL THEN RETURN; END IF;
        -- One writer per row at a time; each statement below then reads what the other committed.
        PERFORM pg_advisory_xact_lock(1765950000, hashtext(row_id::text));
        WITH gone AS (DELETE FROM overview_contributions c WHERE c.source = source_name AND c.source_id = row_id RETURNING *)
        INSERT INTO overview_counts AS k (grain, at, figure, key, label, n) ${COUNTS('gone', '-1')} ${ADD};
        WITH fresh AS (INSERT INTO overview_contributions SELECT * FROM overview_contributions_of(source_name, row_id) RETURNING *)
        INSERT INTO overview_counts AS k (grain, at, figure, key, label, n) ${COUNTS('fresh', '1')} ${ADD};
        -- A count back to zero goes: the table holds no key of a row that is gone (an erased person's, say).
        DELETE FROM overview_counts WHERE n = 0;
      END $$`);
    for (const s of SOURCES) {
      const changed = s.columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
      await db.query(`
        CREATE FUNCTION ${s.table}_overview_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND NOT (${changed}) THEN RETURN NULL; END IF;
          IF TG_OP <> 'INSERT' THEN PERFORM overview_refresh('${s.source}', OLD.${s.id}); END IF;
          IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.${s.id} IS DISTINCT FROM OLD.${s.id}) THEN
            PERFORM overview_refresh('${s.source}', NEW.${s.id});
          END IF;
          RETURN NULL;
        END $$`);
      await db.query(
        `CREATE TRIGGER ${s.table}_overview_counts AFTER INSERT OR DELETE OR UPDATE OF ${s.columns.join(', ')} ON ${s.table} FOR EACH ROW EXECUTE FUNCTION ${s.table}_overview_refresh()`,
      );
    }
    // The meetings of the period's partial months, by day, author and channel (the whole months are in meeting_month_counts).
    await db.query(`
      CREATE TABLE meeting_day_counts (
        day date NOT NULL,
        author_id uuid NOT NULL,
        channel text NOT NULL,
        meetings integer NOT NULL,
        PRIMARY KEY (day, author_id, channel)
      )`);
    await db.query(`
      CREATE FUNCTION meeting_day_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.occurred_at::date = NEW.occurred_at::date AND OLD.author_id = NEW.author_id AND OLD.channel = NEW.channel THEN
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          UPDATE meeting_day_counts SET meetings = meetings - 1
           WHERE day = OLD.occurred_at::date AND author_id = OLD.author_id AND channel = OLD.channel;
          DELETE FROM meeting_day_counts
           WHERE day = OLD.occurred_at::date AND author_id = OLD.author_id AND channel = OLD.channel AND meetings = 0;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO meeting_day_counts (day, author_id, channel, meetings) VALUES (NEW.occurred_at::date, NEW.author_id, NEW.channel, 1)
          ON CONFLICT (day, author_id, channel) DO UPDATE SET meetings = meeting_day_counts.meetings + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER meetings_day_counts AFTER INSERT OR DELETE OR UPDATE OF occurred_at, author_id, channel ON meetings FOR EACH ROW EXECUTE FUNCTION meeting_day_counts_changed()`,
    );
    await db.query(`
      CREATE FUNCTION meeting_day_counts_drift() RETURNS TABLE (day date, author_id uuid, channel text, kept integer, counted integer) LANGUAGE sql STABLE AS $$
        SELECT coalesce(k.day, c.day), coalesce(k.author_id, c.author_id), coalesce(k.channel, c.channel), coalesce(k.meetings, 0), coalesce(c.meetings, 0)
          FROM (SELECT * FROM meeting_day_counts WHERE meetings <> 0) k FULL JOIN (${MEETING_DAYS}) c USING (day, author_id, channel)
         WHERE coalesce(k.meetings, 0) <> coalesce(c.meetings, 0)
         ORDER BY 1, 2, 3
      $$`);
    await db.query(`
      CREATE FUNCTION meeting_day_counts_rebuild() RETURNS void LANGUAGE sql AS $$
        LOCK TABLE meetings IN SHARE MODE;
        DELETE FROM meeting_day_counts;
        INSERT INTO meeting_day_counts (day, author_id, channel, meetings) ${MEETING_DAYS};
      $$`);
    await db.query(`SELECT meeting_day_counts_rebuild()`);
    await db.query(`
      CREATE FUNCTION overview_counts_drift() RETURNS TABLE (kept_in text, place text, kept integer, counted integer) LANGUAGE sql STABLE AS $$
        WITH counted_lines AS (${CONTRIBUTIONS(() => 'true')}),
        line_drift AS (
          SELECT 'overview_contributions'::text, concat_ws(' ', coalesce(k.source, c.source), coalesce(k.source_id, c.source_id), coalesce(k.figure, c.figure),
                                                      coalesce(k.day, c.day), coalesce(k.key, c.key), coalesce(k.label, c.label)),
                 coalesce(k.n, 0), coalesce(c.n, 0)
            FROM overview_contributions k FULL JOIN counted_lines c
              ON c.source = k.source AND c.source_id = k.source_id AND c.figure = k.figure AND c.day = k.day
             AND c.key IS NOT DISTINCT FROM k.key AND c.label IS NOT DISTINCT FROM k.label
           WHERE coalesce(k.n, 0) <> coalesce(c.n, 0)),
        count_drift AS (
          SELECT 'overview_counts'::text, concat_ws(' ', coalesce(k.grain, c.grain), coalesce(k.at, c.at), coalesce(k.figure, c.figure),
                                               coalesce(k.key, c.key), coalesce(k.label, c.label)),
                 coalesce(k.n, 0), coalesce(c.n, 0)
            FROM (SELECT * FROM overview_counts WHERE n <> 0) k
            FULL JOIN (${COUNTS('counted_lines', '1')}) c
              ON c.grain = k.grain AND c.at = k.at AND c.figure = k.figure AND c.key IS NOT DISTINCT FROM k.key AND c.label IS NOT DISTINCT FROM k.label
           WHERE coalesce(k.n, 0) <> coalesce(c.n, 0))
        SELECT * FROM line_drift UNION ALL SELECT * FROM count_drift ORDER BY 1, 2
      $$`);
    await db.query(`
      CREATE FUNCTION overview_counts_rebuild() RETURNS void LANGUAGE sql AS $$
        LOCK TABLE cases, assessments, referrals, referral_events, recognitions IN SHARE MODE;
        DELETE FROM overview_contributions;
        DELETE FROM overview_counts;
        INSERT INTO overview_contributions ${CONTRIBUTIONS(() => 'true')};
        INSERT INTO overview_counts (grain, at, figure, key, label, n) ${COUNTS('overview_contributions', '1')};
      $$`);
    await db.query(`SELECT overview_counts_rebuild()`);

    // The organisations' span counts (migration AddOrganisationSpans) likewise lose their rows back at zero.
    await db.query(`CREATE INDEX organisation_span_counts_zero_idx ON organisation_span_counts (dim) WHERE spans = 0`);
    await db.query(`
      CREATE OR REPLACE FUNCTION organisation_spans_refresh(organisation uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF organisation IS NULL THEN RETURN; END IF;
        -- One writer per organisation at a time; each statement below then reads what the other committed.
        PERFORM pg_advisory_xact_lock(1765940000, hashtext(organisation::text));
        WITH gone AS (DELETE FROM organisation_spans WHERE organisation_id = organisation RETURNING *)
        INSERT INTO organisation_span_counts AS k (event, grain, at, dim, key, spans) ${SPAN_COUNTS('gone', '-1')} ${SPAN_ADD};
        WITH fresh AS (INSERT INTO organisation_spans SELECT * FROM organisation_spans_of(organisation) RETURNING *)
        INSERT INTO organisation_span_counts AS k (event, grain, at, dim, key, spans) ${SPAN_COUNTS('fresh', '1')} ${SPAN_ADD};
        DELETE FROM organisation_span_counts WHERE spans = 0;
      END $$`);
    await db.query(`DELETE FROM organisation_span_counts WHERE spans = 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const s of SOURCES) {
      await db.query(`DROP TRIGGER ${s.table}_overview_counts ON ${s.table}`);
      await db.query(`DROP FUNCTION ${s.table}_overview_refresh()`);
    }
    await db.query(
      `DROP FUNCTION overview_refresh(text, uuid), overview_contributions_of(text, uuid), overview_counts_drift(), overview_counts_rebuild()`,
    );
    await db.query(`DROP TRIGGER meetings_day_counts ON meetings`);
    await db.query(`DROP FUNCTION meeting_day_counts_changed(), meeting_day_counts_drift(), meeting_day_counts_rebuild()`);
    await db.query(`DROP TABLE meeting_day_counts`);
    await db.query(`DROP INDEX recognitions_call_deadline_idx, organisation_span_counts_zero_idx`);
    await db.query(`DROP TABLE overview_counts, overview_contributions`);
  }
}
