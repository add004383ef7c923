/**
 * Everyone's figures of a period from what the database keeps (migration AddOverviewCounts): cases opened
 * and closed, the days from an opening to the first meeting and to the first referral (as a histogram:
 * `key` the days, `value` how many cases), EMES verdicts, referrals by partner (`key`) and status
 * (`label`), the referrals answered and accepted, and the recognition files by status. Whole months are
 * read from the monthly counts, the days before the first whole month and after the last from the daily
 * ones: a few hundred rows. Cases closed before their opening day are not kept: they are counted here
 * from the cases (a partial index finds them). Sent with $1 from, $2 to, $3 advisor, $4 sector (unused).
 */
export const PERIOD_FIGURES_KEPT = `WITH parameters AS (SELECT $3::uuid, $4::text),
  whole AS (SELECT CASE WHEN $1::date = date_trunc('month', $1::date::timestamp)::date THEN $1::date
                        ELSE (date_trunc('month', $1::date::timestamp) + interval '1 month')::date END AS first,
                   date_trunc('month', ($2::date + 1)::timestamp)::date AS after),
  edges AS (SELECT whole.first, whole.after, least(whole.first, $2::date + 1) AS head_end,
                   greatest(whole.after, least(whole.first, $2::date + 1)) AS tail_start FROM whole),
  kept AS (
    SELECT k.figure, k.key, k.label, k.n FROM overview_counts k, edges
     WHERE k.grain = 'month' AND k.at >= edges.first AND k.at < edges.after
    UNION ALL
    SELECT k.figure, k.key, k.label, k.n FROM overview_counts k, edges
     WHERE k.grain = 'day' AND k.at >= $1::date AND k.at < edges.head_end
    UNION ALL
    SELECT k.figure, k.key, k.label, k.n FROM overview_counts k, edges
     WHERE k.grain = 'day' AND k.at >= edges.tail_start AND k.at <= $2::date
    UNION ALL
    SELECT k.figure, k.key, k.label, k.n FROM overview_counts k
     WHERE k.grain = 'month' AND k.at = '-infinity'::date AND k.figure = 'recognitionStatus'
    UNION ALL
    SELECT v.figure, v.key, NULL, 1 FROM cases c
     CROSS JOIN LATERAL (VALUES ('opened', c.opened_on BETWEEN $1 AND $2 AND c.closed_on >= $1::date, NULL::text),
                                ('closed', c.closed_on BETWEEN $1 AND $2 AND c.opened_on <= $2::date, NULL),
                                ('toFirstMeeting', c.opened_on BETWEEN $1 AND $2 AND c.closed_on >= $1::date, (c.first_meeting_on - c.opened_on)::text),
                                ('toReferral', c.opened_on BETWEEN $1 AND $2 AND c.closed_on >= $1::date, (c.first_referral_on - c.opened_on)::text)) AS v(figure, counted, key)
     WHERE c.closed_on < c.opened_on AND v.counted AND (v.figure IN ('opened', 'closed') OR v.key IS NOT NULL)),
  g AS (SELECT figure, key, label, sum(n)::float8 AS value FROM kept GROUP BY 1, 2, 3 HAVING sum(n) <> 0)
  SELECT figure, key, label, value FROM g
  UNION ALL SELECT 'completed', NULL, NULL, coalesce(sum(value), 0) FROM g WHERE figure = 'referral' AND label = 'completed'`;

/** percentile_cont(0.5), as PostgreSQL computes it, of values given as a histogram (value, how many). */
export function medianOf(histogram: Array<{ value: number; count: number }>): number | null {
  const sorted = [...histogram].filter((h) => h.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((n, h) => n + h.count, 0);
  if (!total) return null;
  const position = 0.5 * (total - 1);
  const at = (index: number) => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.count;
      if (index < seen) return h.value;
    }
    return sorted[sorted.length - 1].value;
  };
  const below = Math.floor(position);
  const low = at(below);
  const high = at(Math.ceil(position));
  return low + (position - below) * (high - low);
}
