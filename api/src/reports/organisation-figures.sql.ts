/**
 * The overview's organisations in scope (supported; by stage, sector, legal form and municipality): the
 * distinct organisations with a case active in the period. Queries are sent with $1 from, $2 to, $3 advisor,
 * $4 sector.
 */

const IN_SECTOR = `(SELECT id FROM organisations WHERE sectors @> ARRAY[$4::text])`;

/** A case active during the period (opened before its end, not closed before its start), in scope. */
export const CASE_IN_SCOPE = `c.opened_on <= $2::date AND (c.closed_on IS NULL OR c.closed_on >= $1::date)
      AND ($3::uuid IS NULL OR c.advisor_id = $3::uuid) AND ($4::text IS NULL OR c.organisation_id IN ${IN_SECTOR})`;

/**
 * With an advisor or a sector in scope (a few thousand organisations at most): counted from the cases, the
 * organisations grouped once by stage, legal form, municipality and set of sectors (a few hundred sets, then
 * counted per sector).
 */
export const ORGANISATION_FIGURES_COUNTED = `WITH g AS (
    SELECT o.stage, o.legal_form, o.municipality, o.sectors, count(*)::float8 AS n,
           GROUPING(o.stage) AS by_stage, GROUPING(o.legal_form) AS by_form, GROUPING(o.municipality) AS by_municipality, GROUPING(o.sectors) AS by_sectors
      FROM organisations o WHERE o.id IN (SELECT c.organisation_id FROM cases c WHERE ${CASE_IN_SCOPE})
     GROUP BY GROUPING SETS ((o.stage), (o.legal_form), (o.municipality), (o.sectors), ()))
  SELECT 'supported' AS figure, NULL AS key, NULL AS label, n AS value FROM g WHERE by_stage + by_form + by_municipality + by_sectors = 4
  UNION ALL SELECT 'stage', stage, NULL, n FROM g WHERE by_stage = 0
  UNION ALL SELECT 'legalForm', legal_form, NULL, n FROM g WHERE by_form = 0
  UNION ALL SELECT 'municipality', g.municipality, m.name_fr, n FROM g LEFT JOIN municipalities m ON m.nis_code = g.municipality WHERE by_municipality = 0
  UNION ALL SELECT 'sector', sector, NULL, sum(n) FROM g, unnest(g.sectors) AS sector WHERE by_sectors = 0 GROUP BY sector`;

/**
 * Everyone's organisations, from what the database keeps (migration AddOrganisationSpans): each case is a
 * span counted for the period when its organisation's earlier cases all closed before the period
 * (after_on < from), it has not closed before the period (from <= ends_on) and it opened by the period's
 * end (opened_on <= to): #(after_on < from) - #(ends_on < from) - #(opened_on > to) + #(after_on >= from
 * and opened_on > to), per grouping key (a span with after_on < from and opened_on > to has not closed
 * before the period). Each of the first three sums the kept per-year counts of the years wholly on its side,
 * the per-month counts of the bound's year, and the spans of the bound's own month counted one by one
 * (their indexes); the fourth reads the spans of organisations whose earlier case closed in or after the
 * period and that opened another after it (none for a period ending today). About 2,000 kept rows and two
 * months of spans, whatever the period. The few organisations with a case closed before
 * its opening day have no spans: they are counted from their cases.
 */
export const ORGANISATION_FIGURES_KEPT = `WITH parameters AS (SELECT $3::uuid, $4::text),
  b AS (SELECT $1::date AS f, $2::date AS t, date_trunc('year', $1::date::timestamp)::date AS fy, date_trunc('month', $1::date::timestamp)::date AS fm,
               date_trunc('year', $2::date::timestamp)::date AS ty, date_trunc('month', $2::date::timestamp)::date AS tm),
  parts AS (
    SELECT k.dim, k.key, CASE k.event WHEN 'after' THEN k.spans ELSE -k.spans END AS n
      FROM organisation_span_counts k, b
     WHERE (k.event IN ('after', 'end') AND k.grain = 'year' AND k.at < b.fy)
        OR (k.event IN ('after', 'end') AND k.grain = 'month' AND k.at >= b.fy AND k.at < b.fm)
        OR (k.event = 'start' AND k.grain = 'year' AND k.at > b.ty)
        OR (k.event = 'start' AND k.grain = 'month' AND k.at > b.tm AND k.at < (b.ty + interval '1 year')::date)
    UNION ALL
    -- Grouped before the keys are spread: thousands of spans for a past year, a few hundred groups.
    SELECT k.dim, k.key, grouped.n
      FROM (SELECT s.stage, s.legal_form, s.municipality, s.sectors, sum(s.n)::int AS n FROM b, LATERAL (SELECT s.stage, s.legal_form, s.municipality, s.sectors, 1 AS n FROM organisation_spans s WHERE s.after_on >= b.fm AND s.after_on < b.f
                       UNION ALL
                       SELECT s.stage, s.legal_form, s.municipality, s.sectors, -1 FROM organisation_spans s WHERE s.ends_on >= b.fm AND s.ends_on < b.f
                       UNION ALL
                       SELECT s.stage, s.legal_form, s.municipality, s.sectors, -1 FROM organisation_spans s
                        WHERE s.opened_on > b.t AND s.opened_on < (b.tm + interval '1 month')::date
                       UNION ALL
                       SELECT s.stage, s.legal_form, s.municipality, s.sectors, 1 FROM organisation_spans s WHERE s.after_on >= b.f AND s.opened_on > b.t) s
             GROUP BY 1, 2, 3, 4) grouped,
           LATERAL organisation_span_keys(grouped.stage, grouped.legal_form, grouped.municipality, grouped.sectors) k
    UNION ALL
    SELECT k.dim, k.key, 1
      FROM organisations o, LATERAL organisation_span_keys(o.stage, o.legal_form, o.municipality, o.sectors) k
     WHERE o.id IN (SELECT x.organisation_id FROM cases x WHERE x.closed_on < x.opened_on)
       AND EXISTS (SELECT 1 FROM cases c WHERE c.organisation_id = o.id AND c.opened_on <= $2::date AND (c.closed_on IS NULL OR c.closed_on >= $1::date))),
  g AS (SELECT dim, key, sum(n)::float8 AS n FROM parts GROUP BY dim, key HAVING sum(n) <> 0)
  SELECT g.dim AS figure, g.key, m.name_fr AS label, g.n AS value
    FROM g LEFT JOIN municipalities m ON g.dim = 'municipality' AND m.nis_code = g.key`;
