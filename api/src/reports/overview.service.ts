import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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

/**
 * The figures of the manager dashboard, each computed in PostgreSQL (counts, groupings, medians),
 * never by loading rows into memory. The scope narrows every figure to one advisor's cases and one sector.
 */
@Injectable()
export class OverviewService {
  constructor(private readonly db: DataSource) {}

  async overview(scope: OverviewScope) {
    const p = [scope.from, scope.to, scope.advisorId, scope.sector];
    // Cases active during the period, in scope; organisations in scope are theirs.
    const scopedCases = `SELECT c.* FROM cases c JOIN organisations o ON o.id = c.organisation_id
       WHERE c.opened_on <= $2::date AND (c.closed_on IS NULL OR c.closed_on >= $1::date)
         AND ($3::uuid IS NULL OR c.advisor_id = $3::uuid) AND ($4::text IS NULL OR $4::text = ANY(o.sectors))`;
    const inScope = (alias: string) => `($3::uuid IS NULL OR ${alias}.organisation_id IN (SELECT organisation_id FROM cases WHERE advisor_id = $3::uuid))
         AND ($4::text IS NULL OR ${alias}.organisation_id IN (SELECT id FROM organisations WHERE $4::text = ANY(sectors)))`;
    // Every query names all four parameters' types, whether or not it uses them.
    const q = <T = Count>(sql: string) => this.db.query(`WITH scope AS (SELECT $1::date, $2::date, $3::uuid, $4::text) ${sql}`, p) as Promise<T[]>;
    const counts = (sql: string) => q(sql).then((rows) => rows.map((r) => ({ ...r, count: Number(r.count) })));

    const [supported, byStage, bySector, byLegalForm, byMunicipality, casesFlow, meetingsTotal, byAdvisor, byMonth, byChannel, verdicts, recognitionStatus, renewalsDue, referralsGrid, referralRates, medians] =
      await Promise.all([
        q<{ count: string }>(`SELECT count(DISTINCT organisation_id) AS count FROM (${scopedCases}) s`),
        counts(`SELECT o.stage AS key, count(*) AS count FROM organisations o WHERE o.id IN (SELECT organisation_id FROM (${scopedCases}) s) GROUP BY 1 ORDER BY 2 DESC`),
        counts(`SELECT sector AS key, count(*) AS count FROM organisations o, unnest(o.sectors) AS sector WHERE o.id IN (SELECT organisation_id FROM (${scopedCases}) s) GROUP BY 1 ORDER BY 2 DESC`),
        counts(`SELECT o.legal_form AS key, count(*) AS count FROM organisations o WHERE o.id IN (SELECT organisation_id FROM (${scopedCases}) s) GROUP BY 1 ORDER BY 2 DESC`),
        counts(`SELECT o.municipality AS key, m.name_fr AS label, count(*) AS count FROM organisations o LEFT JOIN municipalities m ON m.nis_code = o.municipality
                 WHERE o.id IN (SELECT organisation_id FROM (${scopedCases}) s) GROUP BY 1, 2 ORDER BY 3 DESC`),
        q<{ opened: string; closed: string }>(`SELECT count(*) FILTER (WHERE opened_on BETWEEN $1 AND $2) AS opened, count(*) FILTER (WHERE closed_on BETWEEN $1 AND $2) AS closed FROM (${scopedCases}) s`),
        q<{ count: string }>(`SELECT count(*) AS count FROM meetings m WHERE m.occurred_at >= $1::date AND m.occurred_at < $2::date + 1 AND ($3::uuid IS NULL OR m.author_id = $3::uuid)
                 AND ($4::text IS NULL OR m.organisation_id IN (SELECT id FROM organisations WHERE $4::text = ANY(sectors)))`),
        counts(`SELECT m.author_id::text AS key, u.full_name AS label, count(*) AS count FROM meetings m JOIN users u ON u.id = m.author_id
                 WHERE m.occurred_at >= $1::date AND m.occurred_at < $2::date + 1 AND ($3::uuid IS NULL OR m.author_id = $3::uuid)
                   AND ($4::text IS NULL OR m.organisation_id IN (SELECT id FROM organisations WHERE $4::text = ANY(sectors))) GROUP BY 1, 2 ORDER BY 3 DESC`),
        counts(`SELECT to_char(date_trunc('month', m.occurred_at), 'YYYY-MM') AS key, count(*) AS count FROM meetings m
                 WHERE m.occurred_at >= $1::date AND m.occurred_at < $2::date + 1 AND ($3::uuid IS NULL OR m.author_id = $3::uuid)
                   AND ($4::text IS NULL OR m.organisation_id IN (SELECT id FROM organisations WHERE $4::text = ANY(sectors))) GROUP BY 1 ORDER BY 1`),
        counts(`SELECT m.channel AS key, count(*) AS count FROM meetings m
                 WHERE m.occurred_at >= $1::date AND m.occurred_at < $2::date + 1 AND ($3::uuid IS NULL OR m.author_id = $3::uuid)
                   AND ($4::text IS NULL OR m.organisation_id IN (SELECT id FROM organisations WHERE $4::text = ANY(sectors))) GROUP BY 1 ORDER BY 2 DESC`),
        counts(`SELECT a.verdict AS key, count(*) AS count FROM assessments a WHERE a.status = 'final' AND a.finalised_at >= $1::date AND a.finalised_at < $2::date + 1 AND ${inScope('a')} GROUP BY 1 ORDER BY 2 DESC`),
        counts(`SELECT r.status AS key, count(*) AS count FROM recognitions r WHERE ${inScope('r')} GROUP BY 1 ORDER BY 2 DESC`),
        q<{ id: string; organisationId: string; organisationName: string; kind: string; validUntil: string }>(
          `SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.kind, to_char(r.valid_until, 'YYYY-MM-DD') AS "validUntil"
             FROM recognitions r JOIN organisations o ON o.id = r.organisation_id
            WHERE r.status = 'approved' AND r.valid_until BETWEEN current_date AND current_date + 120 AND ${inScope('r')}
            ORDER BY r.valid_until`,
        ),
        q<{ partner: string; status: string; count: string }>(`SELECT f.partner, f.status, count(*) AS count FROM referrals f
            WHERE f.referred_on BETWEEN $1 AND $2 AND ${inScope('f')} GROUP BY 1, 2 ORDER BY 1, 2`),
        q<{ answered: string; accepted: string; completed: string }>(`SELECT
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = f.id AND e.to_status IN ('accepted', 'declined'))) AS answered,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = f.id AND e.to_status = 'accepted')) AS accepted,
              count(*) FILTER (WHERE f.status = 'completed') AS completed
            FROM referrals f WHERE f.referred_on BETWEEN $1 AND $2 AND ${inScope('f')}`),
        q<{ to_first_meeting: number | null; to_referral: number | null }>(`SELECT
              percentile_cont(0.5) WITHIN GROUP (ORDER BY (SELECT min(m.occurred_at)::date FROM meetings m WHERE m.organisation_id = s.organisation_id AND m.occurred_at >= s.opened_on) - s.opened_on) AS to_first_meeting,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY (SELECT min(f.referred_on) FROM referrals f WHERE f.organisation_id = s.organisation_id AND f.referred_on >= s.opened_on) - s.opened_on) AS to_referral
            FROM (${scopedCases}) s WHERE s.opened_on BETWEEN $1 AND $2`),
      ]);

    const grid = referralsGrid.map((r) => ({ partner: r.partner, status: r.status, count: Number(r.count) }));
    const sumBy = (key: 'partner' | 'status') =>
      Object.entries(grid.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + r.count }), {})).map(([k, count]) => ({ key: k, count }));
    const rates = referralRates[0];
    const ratio = (part: string, whole: string) => (Number(whole) ? Math.round((Number(part) / Number(whole)) * 1000) / 1000 : null);
    return {
      period: { from: scope.from, to: scope.to },
      scope: { advisorId: scope.advisorId, sector: scope.sector },
      organisations: { supported: Number(supported[0].count), byStage, bySector, byLegalForm, byMunicipality },
      cases: { opened: Number(casesFlow[0].opened), closed: Number(casesFlow[0].closed) },
      meetings: { total: Number(meetingsTotal[0].count), byAdvisor, byMonth, byChannel },
      assessments: { final: verdicts.reduce((n, v) => n + v.count, 0), byVerdict: verdicts },
      recognitions: { byStatus: recognitionStatus, renewalsDueIn120Days: renewalsDue.length, renewalsDue },
      referrals: {
        total: grid.reduce((n, r) => n + r.count, 0),
        byPartner: sumBy('partner'),
        byStatus: sumBy('status'),
        byPartnerAndStatus: grid,
        acceptanceRate: ratio(rates.accepted, rates.answered),
        completionRate: ratio(rates.completed, rates.accepted),
      },
      medianDays: {
        caseOpeningToFirstMeeting: medians[0].to_first_meeting === null ? null : Number(medians[0].to_first_meeting),
        caseOpeningToReferral: medians[0].to_referral === null ? null : Number(medians[0].to_referral),
      },
    };
  }
}
