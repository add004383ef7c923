import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each case as a span of the overview's "organisations supported" figure, with the grouping keys of its
 * organisation. An organisation is supported in a period when one of its cases is active in it (opened on
 * or before the period's end, not closed before its start). To count each organisation once, only the
 * first such case (by opening day, then id) counts: the one whose earlier cases all closed before the
 * period. A span keeps, for its case, the opening day, the end (`infinity` while open) and `after_on`, the
 * latest end of the organisation's earlier cases (`-infinity` for its first). The case counts for a period
 * [from, to] exactly when after_on < from <= ends_on and opened_on <= to, so
 *   supported = #(after_on < from) - #(ends_on < from) - #(opened_on > to)
 * over spans with after_on < ends_on (the others never count). Each of the three is a sum of per-year and
 * per-month counts the database keeps (organisation_span_counts) plus the spans of the period's two partial
 * months (read through their indexes). Organisations with a case closed before it was opened (an edited
 * opening day) have no spans: the overview counts them from the cases.
 */
const SPANS = (where: string) => `
  SELECT s.case_id, s.organisation_id, s.opened_on, s.ends_on, s.after_on, o.stage, o.legal_form, o.municipality, o.sectors
    FROM (SELECT c.id AS case_id, c.organisation_id, c.opened_on, coalesce(c.closed_on, 'infinity'::date) AS ends_on,
                 coalesce(max(coalesce(c.closed_on, 'infinity'::date)) OVER (PARTITION BY c.organisation_id ORDER BY c.opened_on, c.id
                                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '-infinity'::date) AS after_on
            FROM cases c WHERE ${where}) s
    JOIN organisations o ON o.id = s.organisation_id
   WHERE s.after_on < s.ends_on
     AND NOT EXISTS (SELECT 1 FROM cases x WHERE x.organisation_id = s.organisation_id AND x.closed_on < x.opened_on)`;

/** The kept counts of a set of spans: each of its three days by year and by month, for each grouping key. */
const COUNTS = (spans: string, sign: string) => `
  SELECT e.event, g.grain, date_trunc(g.grain, e.at::timestamp)::date AS at, k.dim, k.key, sum(${sign})::int AS spans
    FROM ${spans} s
    CROSS JOIN LATERAL (VALUES ('after', s.after_on), ('end', s.ends_on), ('start', s.opened_on)) AS e(event, at)
    CROSS JOIN LATERAL (VALUES ('year'), ('month')) AS g(grain)
    CROSS JOIN LATERAL organisation_span_keys(s.stage, s.legal_form, s.municipality, s.sectors) k
   WHERE e.at <> 'infinity'::date AND (g.grain = 'year' OR e.at <> '-infinity'::date)
   GROUP BY 1, 2, 3, 4, 5`;

const ADD = `ON CONFLICT (event, grain, at, dim, key) DO UPDATE SET spans = k.spans + excluded.spans`;

export class AddOrganisationSpans1765940000000 implements MigrationInterface {
  name = 'AddOrganisationSpans1765940000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION organisation_span_keys(stage text, legal_form text, municipality text, sectors text[])
      RETURNS TABLE (dim text, key text) LANGUAGE sql IMMUTABLE AS $$
        SELECT 'supported', NULL::text UNION ALL SELECT 'stage', stage UNION ALL SELECT 'legalForm', legal_form
        UNION ALL SELECT 'municipality', municipality UNION ALL SELECT 'sector', sector FROM unnest(sectors) AS sector
      $$`);
    await db.query(`
      CREATE TABLE organisation_spans (
        case_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        opened_on date NOT NULL,
        ends_on date NOT NULL,
        after_on date NOT NULL,
        stage text,
        legal_form text,
        municipality text,
        sectors text[] NOT NULL
      )`);
    for (const column of ['organisation_id', 'opened_on', 'ends_on']) {
      await db.query(`CREATE INDEX organisation_spans_${column}_idx ON organisation_spans (${column})`);
    }
    await db.query(`CREATE INDEX organisation_spans_after_on_idx ON organisation_spans (after_on, opened_on)`);
    await db.query(`
      CREATE TABLE organisation_span_counts (
        event text NOT NULL CHECK (event IN ('after', 'end', 'start')),
        grain text NOT NULL CHECK (grain IN ('year', 'month')),
        at date NOT NULL,
        dim text NOT NULL,
        key text,
        spans integer NOT NULL,
        CONSTRAINT organisation_span_counts_key UNIQUE NULLS NOT DISTINCT (event, grain, at, dim, key)
      )`);
    // The organisations the overview counts from their cases (a case closed before its opening day).
    await db.query(`CREATE INDEX cases_closed_before_opened_idx ON cases (organisation_id) WHERE closed_on < opened_on`);
    // The overview's cases closed in the period.
    await db.query(`CREATE INDEX cases_closed_on_idx ON cases (closed_on, id) WHERE closed_on IS NOT NULL`);
    await db.query(`
      CREATE FUNCTION organisation_spans_of(organisation uuid) RETURNS SETOF organisation_spans LANGUAGE sql STABLE AS $$
        ${SPANS('c.organisation_id = organisation')}
      $$`);
    await db.query(`
      CREATE FUNCTION organisation_spans_refresh(organisation uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF organisation IS NULL THEN RETURN; END IF;
        -- One writer per organisation at a time; each statement below then reads what the other committed.
        PERFORM pg_advisory_xact_lock(1765940000, hashtext(organisation::text));
        WITH gone AS (DELETE FROM organisation_spans WHERE organisation_id = organisation RETURNING *)
        INSERT INTO organisation_span_counts AS k (event, grain, at, dim, key, spans) ${COUNTS('gone', '-1')} ${ADD};
        WITH fresh AS (INSERT INTO organisation_spans SELECT * FROM organisation_spans_of(organisation) RETURNING *)
        INSERT INTO organisation_span_counts AS k (event, grain, at, dim, key, spans) ${COUNTS('fresh', '1')} ${ADD};
      END $$`);
    await db.query(`
      CREATE FUNCTION cases_organisation_spans() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.organisation_id = NEW.organisation_id AND OLD.opened_on = NEW.opened_on
           AND OLD.closed_on IS NOT DISTINCT FROM NEW.closed_on THEN
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN PERFORM organisation_spans_refresh(OLD.organisation_id); END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.organisation_id <> OLD.organisation_id) THEN
          PERFORM organisation_spans_refresh(NEW.organisation_id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER cases_spans_refresh AFTER INSERT OR DELETE OR UPDATE OF organisation_id, opened_on, closed_on ON cases FOR EACH ROW EXECUTE FUNCTION cases_organisation_spans()`);
    await db.query(`
      CREATE FUNCTION organisations_organisation_spans() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.stage IS NOT DISTINCT FROM NEW.stage AND OLD.legal_form IS NOT DISTINCT FROM NEW.legal_form
           AND OLD.municipality IS NOT DISTINCT FROM NEW.municipality AND OLD.sectors = NEW.sectors THEN
          RETURN NULL;
        END IF;
        PERFORM organisation_spans_refresh(OLD.id);
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER organisations_spans_refresh AFTER DELETE OR UPDATE OF stage, legal_form, municipality, sectors ON organisations FOR EACH ROW EXECUTE FUNCTION organisations_organisation_spans()`);
    await db.query(`
      CREATE FUNCTION organisation_span_counts_drift() RETURNS TABLE (kept_in text, place text, kept integer, counted integer) LANGUAGE sql STABLE AS $$
        WITH counted_spans AS (${SPANS('true')}),
        span_drift AS (
          SELECT 'organisation_spans'::text, coalesce(k.case_id, c.case_id)::text, (k.case_id IS NOT NULL)::int, (c.case_id IS NOT NULL)::int
            FROM organisation_spans k FULL JOIN counted_spans c
              ON c.case_id = k.case_id AND c.organisation_id = k.organisation_id AND c.opened_on = k.opened_on AND c.ends_on = k.ends_on
             AND c.after_on = k.after_on AND c.stage IS NOT DISTINCT FROM k.stage AND c.legal_form IS NOT DISTINCT FROM k.legal_form
             AND c.municipality IS NOT DISTINCT FROM k.municipality AND c.sectors = k.sectors
           WHERE k.case_id IS NULL OR c.case_id IS NULL),
        count_drift AS (
          SELECT 'organisation_span_counts'::text, concat_ws(' ', k.event, k.grain, k.at, k.dim, k.key), coalesce(k.spans, 0), coalesce(c.spans, 0)
            FROM (SELECT * FROM organisation_span_counts WHERE spans <> 0) k
            FULL JOIN (${COUNTS('counted_spans', '1')}) c
              ON c.event = k.event AND c.grain = k.grain AND c.at = k.at AND c.dim = k.dim AND c.key IS NOT DISTINCT FROM k.key
           WHERE coalesce(k.spans, 0) <> coalesce(c.spans, 0))
        SELECT * FROM span_drift UNION ALL SELECT * FROM count_drift ORDER BY 1, 2
      $$`);
    await db.query(`
      CREATE FUNCTION organisation_spans_rebuild() RETURNS void LANGUAGE sql AS $$
        LOCK TABLE cases, organisations IN SHARE MODE;
        DELETE FROM organisation_spans;
        DELETE FROM organisation_span_counts;
        INSERT INTO organisation_spans ${SPANS('true')};
        INSERT INTO organisation_span_counts (event, grain, at, dim, key, spans) ${COUNTS('organisation_spans', '1')};
      $$`);
    await db.query(`SELECT organisation_spans_rebuild()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER organisations_spans_refresh ON organisations`);
    await db.query(`DROP TRIGGER cases_spans_refresh ON cases`);
    await db.query(
      `DROP FUNCTION organisations_organisation_spans(), cases_organisation_spans(), organisation_spans_refresh(uuid), organisation_spans_of(uuid),
                     organisation_span_counts_drift(), organisation_spans_rebuild()`,
    );
    await db.query(`DROP INDEX cases_closed_before_opened_idx, cases_closed_on_idx`);
    await db.query(`DROP TABLE organisation_span_counts, organisation_spans`);
    await db.query(`DROP FUNCTION organisation_span_keys(text, text, text, text[])`);
  }
}
