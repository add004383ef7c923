import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { renewalDueSql } from '../recognitions/renewal-due.sql';

export interface OverviewScope {
  from: string;
  to: string;
  advisorId: string | null;
  sector: string | null;
}

export interface Count {
  key: string | null;
  label?: string | null;
  count: number;
}

/** How long computed figures are served again. */
const FRESH_FOR_MS = 60_000;
/** Scopes kept at most (the oldest go first). */
const MAX_KEPT = 200;

export type Overview = Awaited<ReturnType<OverviewService['compute']>>;

/** One figure's line: which figure, its key (a stage, a month…), an optional label, its value. */
interface FigureRow {
  figure: string;
  key: string | null;
  label: string | null;
  value: number | null;
}

// Every query is sent with the four parameters ($1 from, $2 to, $3 advisor, $4 sector) and names their
// types. The pg driver plans each with their values, so a condition on an absent advisor or sector
// (`$3::uuid IS NULL OR …`) is folded away at planning instead of being tested row by row.
const IN_SECTOR = `(SELECT id FROM organisations WHERE sectors @> ARRAY[$4::text])`;
/** Organisations in scope for figures that are not about the period's cases: the advisor's (any case), the sector's. */
const inScope = (alias: string) => `($3::uuid IS NULL OR ${alias}.organisation_id IN (SELECT organisation_id FROM cases WHERE advisor_id = $3::uuid))
   AND ($4::text IS NULL OR ${alias}.organisation_id IN ${IN_SECTOR})`;

/** A case active during the period (opened before its end, not closed before its start), in scope. */
const CASE_IN_SCOPE = `c.opened_on <= $2::date AND (c.closed_on IS NULL OR c.closed_on >= $1::date)
      AND ($3::uuid IS NULL OR c.advisor_id = $3::uuid) AND ($4::text IS NULL OR c.organisation_id IN ${IN_SECTOR})`;
/**
 * The organisations those cases are about, grouped once by stage, legal form, municipality and set of
 * sectors (a few hundred sets, then counted per sector).
 */
const ORGANISATION_FIGURES = `WITH g AS (
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
 * The cases opened and closed in the period, and the median days from an opening in the period to the
 * organisation's first meeting and first referral after it (kept on each case by the database: migration
 * AddCaseMilestones).
 */
const CASE_FIGURES = `SELECT v.figure, NULL AS key, NULL AS label, v.value::float8 AS value
    FROM (SELECT count(*) FILTER (WHERE c.opened_on BETWEEN $1 AND $2) AS opened, count(*) FILTER (WHERE c.closed_on BETWEEN $1 AND $2) AS closed,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY c.first_meeting_on - c.opened_on) FILTER (WHERE c.opened_on BETWEEN $1 AND $2) AS to_first_meeting,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY c.first_referral_on - c.opened_on) FILTER (WHERE c.opened_on BETWEEN $1 AND $2) AS to_referral
            FROM cases c WHERE ${CASE_IN_SCOPE}) t
    CROSS JOIN LATERAL (VALUES ('opened', t.opened), ('closed', t.closed), ('toFirstMeeting', t.to_first_meeting), ('toReferral', t.to_referral)) AS v(figure, value)`;

/** The period's meetings (by the advisor in scope), counted in one pass by author, month and channel, then totalled each way. */
const MEETING_FIGURES = `SELECT CASE WHEN g.by_author = 0 THEN 'byAdvisor' WHEN g.by_month = 0 THEN 'byMonth' WHEN g.by_channel = 0 THEN 'byChannel' ELSE 'total' END AS figure,
         coalesce(g.author_id::text, to_char(g.month, 'YYYY-MM'), g.channel) AS key, u.full_name AS label, g.value
    FROM (SELECT p.author_id, p.month, p.channel, sum(p.meetings)::float8 AS value,
                 GROUPING(p.author_id) AS by_author, GROUPING(p.month) AS by_month, GROUPING(p.channel) AS by_channel
            FROM (SELECT m.author_id, date_trunc('month', m.occurred_at) AS month, m.channel, count(*) AS meetings FROM meetings m
                   WHERE m.occurred_at >= $1::date AND m.occurred_at < $2::date + 1 AND ($3::uuid IS NULL OR m.author_id = $3::uuid)
                     AND ($4::text IS NULL OR m.organisation_id IN ${IN_SECTOR})
                   GROUP BY 1, 2, 3) p
           GROUP BY GROUPING SETS ((p.author_id), (p.month), (p.channel), ())) g
    LEFT JOIN users u ON u.id = g.author_id`;

/** Assessments finalised in the period, recognition files, the period's referrals and the answers they got. */
const FILE_FIGURES = `
  SELECT 'verdict' AS figure, a.verdict AS key, NULL AS label, count(*)::float8 AS value FROM assessments a
   WHERE a.status = 'final' AND a.finalised_at >= $1::date AND a.finalised_at < $2::date + 1 AND ${inScope('a')} GROUP BY a.verdict
  UNION ALL
  SELECT 'recognitionStatus', r.status, NULL, count(*) FROM recognitions r WHERE ${inScope('r')} GROUP BY r.status
  UNION ALL
  SELECT 'referral', f.partner, f.status, count(*) FROM referrals f WHERE f.referred_on BETWEEN $1 AND $2 AND ${inScope('f')} GROUP BY f.partner, f.status
  UNION ALL
  SELECT v.figure, NULL, NULL, v.value
    FROM (SELECT count(*) FILTER (WHERE e.answered) AS answered, count(*) FILTER (WHERE e.accepted) AS accepted, count(*) FILTER (WHERE f.status = 'completed') AS completed
            FROM referrals f
            CROSS JOIN LATERAL (SELECT bool_or(e.to_status IN ('accepted', 'declined')) AS answered, bool_or(e.to_status = 'accepted') AS accepted
                                  FROM referral_events e WHERE e.referral_id = f.id) e
           WHERE f.referred_on BETWEEN $1 AND $2 AND ${inScope('f')}) t
    CROSS JOIN LATERAL (VALUES ('answered', t.answered), ('accepted', t.accepted), ('completed', t.completed)) AS v(figure, value)`;

// This one reads no date of the period: the unused CTE names the types of all four parameters.
const RENEWALS_DUE = `WITH parameters AS (SELECT $1::date, $2::date, $3::uuid, $4::text)
  SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.kind, to_char(r.valid_until, 'YYYY-MM-DD') AS "validUntil"
    FROM recognitions r JOIN organisations o ON o.id = r.organisation_id
   WHERE ${renewalDueSql('r')} AND ${inScope('r')}
   ORDER BY r.valid_until, r.id`;

/**
 * The figures of the manager dashboard, each computed in PostgreSQL (counts, groupings, medians),
 * never by loading rows into memory. The scope narrows every figure to one advisor's cases and one
 * sector. Five queries, each reading what it needs once (bench/: 10x volume).
 */
@Injectable()
export class OverviewService {
  constructor(private readonly db: DataSource) {}

  /** Figures by scope, with when they were computed; a computation under way is shared by whoever asks meanwhile. */
  private readonly recent = new Map<string, { at: number; figures: Promise<Overview> }>();

  /**
   * The figures for a scope, computed at most {@link FRESH_FOR_MS} ago: the dashboard is a report, not a
   * ledger, and several managers opening it at the start of a meeting then cost one computation, not one each.
   */
  overview(scope: OverviewScope): Promise<Overview> {
    const key = JSON.stringify([scope.from, scope.to, scope.advisorId, scope.sector]);
    const now = Date.now();
    const kept = this.recent.get(key);
    if (kept && now - kept.at < FRESH_FOR_MS) return kept.figures;
    const figures = this.compute(scope);
    this.recent.delete(key);
    this.recent.set(key, { at: now, figures });
    figures.catch(() => this.recent.delete(key));
    for (const [old, entry] of this.recent) {
      if (this.recent.size <= MAX_KEPT && now - entry.at < FRESH_FOR_MS) break;
      this.recent.delete(old);
    }
    return figures;
  }

  private async compute(scope: OverviewScope) {
    const params = [scope.from, scope.to, scope.advisorId, scope.sector];
    const figures = (sql: string) => this.db.query(sql, params) as Promise<FigureRow[]>;
    const [organisationRows, caseRows, meetingRows, fileRows, renewalsDue] = await Promise.all([
      figures(ORGANISATION_FIGURES),
      figures(CASE_FIGURES),
      figures(MEETING_FIGURES),
      figures(FILE_FIGURES),
      this.db.query(RENEWALS_DUE, params) as Promise<Array<{ id: string; organisationId: string; organisationName: string; kind: string; validUntil: string }>>,
    ]);
    const rows = [...organisationRows, ...caseRows, ...meetingRows, ...fileRows];
    const value = (figure: string) => rows.find((r) => r.figure === figure)?.value ?? null;
    const counts = (figure: string, withLabel = false): Count[] =>
      rows
        .filter((r) => r.figure === figure)
        .map((r) => ({ key: r.key, ...(withLabel ? { label: r.label } : {}), count: Number(r.value) }))
        .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));

    const grid = rows
      .filter((r) => r.figure === 'referral')
      .map((r) => ({ partner: r.key as string, status: r.label as string, count: Number(r.value) }))
      .sort((a, b) => a.partner.localeCompare(b.partner) || a.status.localeCompare(b.status));
    const sumBy = (key: 'partner' | 'status') =>
      Object.entries(grid.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + r.count }), {})).map(([k, count]) => ({ key: k, count }));
    const ratio = (part: string, whole: string) => (Number(value(whole)) ? Math.round((Number(value(part)) / Number(value(whole))) * 1000) / 1000 : null);
    const verdicts = counts('verdict');
    return {
      computedAt: new Date().toISOString(),
      period: { from: scope.from, to: scope.to },
      scope: { advisorId: scope.advisorId, sector: scope.sector },
      organisations: {
        supported: Number(value('supported')),
        byStage: counts('stage'),
        bySector: counts('sector'),
        byLegalForm: counts('legalForm'),
        byMunicipality: counts('municipality', true),
      },
      cases: { opened: Number(value('opened')), closed: Number(value('closed')) },
      meetings: {
        total: Number(value('total')),
        byAdvisor: counts('byAdvisor', true),
        byMonth: counts('byMonth').sort((a, b) => String(a.key).localeCompare(String(b.key))),
        byChannel: counts('byChannel'),
      },
      assessments: { final: verdicts.reduce((n, v) => n + v.count, 0), byVerdict: verdicts },
      recognitions: { byStatus: counts('recognitionStatus'), renewalsDueCount: renewalsDue.length, renewalsDueIn120Days: renewalsDue.length, renewalsDue },
      referrals: {
        total: grid.reduce((n, r) => n + r.count, 0),
        byPartner: sumBy('partner'),
        byStatus: sumBy('status'),
        byPartnerAndStatus: grid,
        acceptanceRate: ratio('accepted', 'answered'),
        completionRate: ratio('completed', 'accepted'),
      },
      medianDays: { caseOpeningToFirstMeeting: value('toFirstMeeting'), caseOpeningToReferral: value('toReferral') },
    };
  }
}
