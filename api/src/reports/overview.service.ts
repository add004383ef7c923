import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { renewalDueCasesSql } from '../recognitions';
import { CASE_IN_SCOPE, ORGANISATION_FIGURES_COUNTED, ORGANISATION_FIGURES_KEPT } from './organisation-figures.sql';
import { medianOf, PERIOD_FIGURES_KEPT } from './period-figures.sql';

interface OverviewScope {
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
const inScope = (
  alias: string,
) => `($3::uuid IS NULL OR ${alias}.organisation_id IN (SELECT organisation_id FROM cases WHERE advisor_id = $3::uuid))
   AND ($4::text IS NULL OR ${alias}.organisation_id IN ${IN_SECTOR})`;

/**
 * The cases opened and closed in the period, and the median days from an opening in the period to the
 * organisation's first meeting and first referral after it (kept on each case by the database: migration
 * AddCaseMilestones).
 */
const CASE_FIGURES = `SELECT v.figure, NULL AS key, NULL AS label, v.value::float8 AS value
    FROM (SELECT count(*) AS opened,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY c.first_meeting_on - c.opened_on) AS to_first_meeting,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY c.first_referral_on - c.opened_on) AS to_referral
            FROM cases c WHERE c.opened_on BETWEEN $1 AND $2 AND ${CASE_IN_SCOPE}) t
    CROSS JOIN (SELECT count(*) AS closed FROM cases c WHERE c.closed_on BETWEEN $1 AND $2 AND ${CASE_IN_SCOPE}) z
    CROSS JOIN LATERAL (VALUES ('opened', t.opened), ('closed', z.closed), ('toFirstMeeting', t.to_first_meeting), ('toReferral', t.to_referral)) AS v(figure, value)`;

/** The meetings figures from per-month counts (author, month, channel), totalled each way. */
const meetingFigures = (
  counts: string,
) => `SELECT CASE WHEN g.by_author = 0 THEN 'byAdvisor' WHEN g.by_month = 0 THEN 'byMonth' WHEN g.by_channel = 0 THEN 'byChannel' ELSE 'total' END AS figure,
         coalesce(g.author_id::text, to_char(g.month, 'YYYY-MM'), g.channel) AS key, u.full_name AS label, g.value
    FROM (SELECT p.author_id, p.month, p.channel, sum(p.meetings)::float8 AS value,
                 GROUPING(p.author_id) AS by_author, GROUPING(p.month) AS by_month, GROUPING(p.channel) AS by_channel
            FROM (${counts}) p WHERE p.meetings > 0
           GROUP BY GROUPING SETS ((p.author_id), (p.month), (p.channel), ())) g
    LEFT JOIN users u ON u.id = g.author_id`;

/** The period's meetings (by the advisor in scope) counted from the meetings themselves, between two instants. */
const countedMeetings = (
  from: string,
  until: string,
) => `SELECT m.author_id, date_trunc('month', m.occurred_at)::date AS month, m.channel, count(*) AS meetings FROM meetings m
                   WHERE m.occurred_at >= ${from} AND m.occurred_at < ${until} AND ($3::uuid IS NULL OR m.author_id = $3::uuid)
                     AND ($4::text IS NULL OR m.organisation_id IN ${IN_SECTOR})
                   GROUP BY 1, 2, 3`;

/** With a sector in scope: every meeting of the period counted (an organisation's sectors may change). */
const MEETING_FIGURES_COUNTED = meetingFigures(countedMeetings('$1::date', '$2::date + 1'));

/** The meetings of some days (by the advisor in scope) from the counts the database keeps by day (migration AddOverviewCounts). */
const dayCounts = (
  from: string,
  until: string,
) => `SELECT d.author_id, date_trunc('month', d.day)::date AS month, d.channel, d.meetings FROM meeting_day_counts d
                   WHERE d.day >= ${from} AND d.day < ${until} AND ($3::uuid IS NULL OR d.author_id = $3::uuid)`;

/**
 * Without a sector: the whole months of the period read from the counts the database keeps
 * (meeting_month_counts, migration AddMeetingMonthCounts), the days before the first whole month and after
 * the last from the counts it keeps by day (meeting_day_counts): a few thousand rows at most, never the meetings.
 */
const MEETING_FIGURES_KEPT = `WITH parameters AS (SELECT $4::text),
  whole AS (SELECT CASE WHEN $1::date = date_trunc('month', $1::date)::date THEN $1::date ELSE (date_trunc('month', $1::date) + interval '1 month')::date END AS first,
                   date_trunc('month', $2::date + 1)::date AS after)
  ${meetingFigures(`SELECT k.author_id, k.month, k.channel, k.meetings FROM meeting_month_counts k, whole
                      WHERE whole.first < whole.after AND k.month >= whole.first AND k.month < whole.after AND ($3::uuid IS NULL OR k.author_id = $3::uuid)
                    UNION ALL
                    SELECT p.* FROM whole, LATERAL (${dayCounts('$1::date', 'CASE WHEN whole.first < whole.after THEN whole.first ELSE $2::date + 1 END')}) p
                    UNION ALL
                    SELECT p.* FROM whole, LATERAL (${dayCounts('whole.after', '$2::date + 1')}) p WHERE whole.first < whole.after`)}`;

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

// This one reads no date of the period: the unused CTE names the types of all four parameters. Each way of
// being due is read through its own index (the files whose window opened from the index alone), then united.
const RENEWALS_DUE = `WITH parameters AS (SELECT $1::date, $2::date, $3::uuid, $4::text)
  SELECT d.id, d.organisation_id AS "organisationId", o.name AS "organisationName", d.kind, to_char(d.valid_until, 'YYYY-MM-DD') AS "validUntil"
    FROM (${renewalDueCasesSql('r')
      .map(
        (due) =>
          `SELECT r.id, r.organisation_id, r.kind, r.valid_until FROM recognitions r WHERE ${due} AND ${inScope('r')}`,
      )
      .join(' UNION ')}) d
    JOIN organisations o ON o.id = d.organisation_id
   ORDER BY d.valid_until, d.id`;

/** The kept days-to-first-meeting and days-to-referral histograms as their medians. */
function withMedians(rows: FigureRow[]): FigureRow[] {
  const median = (figure: string): FigureRow => ({
    figure,
    key: null,
    label: null,
    value: medianOf(
      rows.filter((r) => r.figure === figure).map((r) => ({ value: Number(r.key), count: Number(r.value) })),
    ),
  });
  const histograms = ['toFirstMeeting', 'toReferral'];
  return [...rows.filter((r) => !histograms.includes(r.figure)), ...histograms.map(median)];
}

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

  /** The figures computed now (the request path goes through {@link overview}). */
  async compute(scope: OverviewScope) {
    const params = [scope.from, scope.to, scope.advisorId, scope.sector];
    const figures = (sql: string) => this.db.query(sql, params) as Promise<FigureRow[]>;
    // Everyone's figures come from what the database keeps; with an advisor or a sector in scope they are counted.
    const everyone = !scope.advisorId && !scope.sector;
    const [organisationRows, periodRows, meetingRows, renewalsDue] = await Promise.all([
      figures(everyone ? ORGANISATION_FIGURES_KEPT : ORGANISATION_FIGURES_COUNTED),
      everyone
        ? figures(PERIOD_FIGURES_KEPT).then(withMedians)
        : Promise.all([figures(CASE_FIGURES), figures(FILE_FIGURES)]).then((parts) => parts.flat()),
      figures(scope.sector ? MEETING_FIGURES_COUNTED : MEETING_FIGURES_KEPT),
      this.db.query(RENEWALS_DUE, params) as Promise<
        Array<{ id: string; organisationId: string; organisationName: string; kind: string; validUntil: string }>
      >,
    ]);
    const rows = [...organisationRows, ...periodRows, ...meetingRows];
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
      Object.entries(
        grid.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + r.count }), {}),
      ).map(([k, count]) => ({ key: k, count }));
    const ratio = (part: string, whole: string) =>
      Number(value(whole)) ? Math.round((Number(value(part)) / Number(value(whole))) * 1000) / 1000 : null;
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
      recognitions: {
        byStatus: counts('recognitionStatus'),
        renewalsDueCount: renewalsDue.length,
        renewalsDueIn120Days: renewalsDue.length,
        renewalsDue,
      },
      referrals: {
        total: grid.reduce((n, r) => n + r.count, 0),
        byPartner: sumBy('partner'),
        byStatus: sumBy('status'),
        byPartnerAndStatus: grid,
        // The rate's parts: referrals of the period a partner answered (accepted or declined), and those accepted.
        // Referrals still waiting for an answer are not in the rate (the dashboard says how many).
        answered: Number(value('answered')),
        accepted: Number(value('accepted')),
        acceptanceRate: ratio('accepted', 'answered'),
        completionRate: ratio('completed', 'accepted'),
      },
      medianDays: { caseOpeningToFirstMeeting: value('toFirstMeeting'), caseOpeningToReferral: value('toReferral') },
    };
  }
}
