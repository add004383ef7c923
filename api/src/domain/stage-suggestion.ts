import { CASE_STAGES, type CaseStage } from './case-rules';

/** What the work done on an organisation shows, for its open case. */
interface WorkDone {
  /** An EMES assessment of the case's organisation: a draft, a final one, or none. */
  assessment: 'draft' | 'final' | null;
  /** A recognition file submitted (or further: under review, decided). */
  recognitionSubmitted: boolean;
  /** A referral sent to a partner (or further). */
  referralSent: boolean;
}

/**
 * The stage the work shows a case has reached, when it is further than the case's stage; otherwise
 * null. A proposal only: the advisor moves the case (stages never move by themselves, and never back).
 * - an assessment begun: at least "assessment"; a final assessment: at least "recognition";
 * - a recognition file submitted: at least "recognition";
 * - a referral sent: at least "referral".
 */
export function suggestedStage(current: CaseStage, work: WorkDone): CaseStage | null {
  const reached: CaseStage[] = [];
  if (work.assessment === 'draft') reached.push('assessment');
  if (work.assessment === 'final' || work.recognitionSubmitted) reached.push('recognition');
  if (work.referralSent) reached.push('referral');
  const rank = (stage: CaseStage) => CASE_STAGES.indexOf(stage);
  const furthest = reached.sort((a, b) => rank(b) - rank(a))[0];
  if (!furthest || current === 'closed' || rank(furthest) <= rank(current)) return null;
  return furthest;
}
