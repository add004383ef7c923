import type { IndicatorAnswer, Movement, Pillar, PillarResult, Rating, Verdict } from './emes';

type AssessmentStatus = 'draft' | 'final';
type ReviewStatus = 'agreed' | 'returned';

/** An EMES assessment as the API sends it (`/api/assessments`). */
export interface Assessment {
  id: string;
  organisationId: string;
  caseId: string | null;
  assessorId: string;
  assessedOn: string;
  status: AssessmentStatus;
  indicators: IndicatorAnswer[];
  lowestWage: number | null;
  highestWage: number | null;
  wageRatio: number | null;
  profitDistributionPct: number | null;
  pillars: Record<Pillar, PillarResult> | null;
  verdict: Verdict | null;
  rulesVersion: number;
  finalisedAt: string | null;
  reviewStatus: ReviewStatus | null;
  reviewComment: string | null;
  previousId: string | null;
  version: number;
}

/** `GET /api/organisations/{id}/assessments/compare`. */
export interface Comparison {
  from: {
    id: string;
    assessedOn: string;
    status: AssessmentStatus;
    verdict: Verdict | null;
    wageRatio: number | null;
    rulesVersion: number;
  };
  to: {
    id: string;
    assessedOn: string;
    status: AssessmentStatus;
    verdict: Verdict | null;
    wageRatio: number | null;
    rulesVersion: number;
  };
  /** Scored under different versions of the EMES rules. */
  differentRules: boolean;
  indicators: { code: string; pillar: Pillar; from: Rating | null; to: Rating | null; change: Movement }[];
  pillars: { pillar: Pillar; from: PillarResult | null; to: PillarResult | null; change: Movement }[];
  verdict: { from: Verdict | null; to: Verdict | null; change: Movement };
}
