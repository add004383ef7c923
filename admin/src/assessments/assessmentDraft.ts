import { INDICATORS, type IndicatorAnswer, type Rating } from './emes';
import type { Assessment } from './types';

/** An assessment as its form holds it: the ratings and evidence per indicator, numbers as typed. */
export interface Draft {
  answers: Record<string, { rating: Rating; evidence: string }>;
  lowest: string;
  highest: string;
  profit: string;
  assessedOn: string;
}

/** A number as typed (a decimal comma is fine); null for nothing or not a number. */
export const toNumber = (text: string): number | null => {
  const value = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
};

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

export function draftOf(assessment: Assessment): Draft {
  const answers: Draft['answers'] = {};
  for (const { code } of INDICATORS) {
    const found = assessment.indicators?.find((answer) => answer.code === code);
    answers[code] = { rating: found?.rating ?? 'unknown', evidence: found?.evidence ?? '' };
  }
  return {
    answers,
    lowest: text(assessment.lowestWage),
    highest: text(assessment.highestWage),
    profit: text(assessment.profitDistributionPct),
    assessedOn: assessment.assessedOn,
  };
}

/** Every indicator's answer, in the catalogue's order. */
export function answersOf(draft: Draft): IndicatorAnswer[] {
  return INDICATORS.map(({ code }) => ({
    code,
    rating: draft.answers[code].rating,
    evidence: draft.answers[code].evidence,
  }));
}

/** What a PUT of the draft sends. */
export function changesOf(draft: Draft, version: number) {
  return {
    version,
    assessedOn: draft.assessedOn,
    indicators: answersOf(draft),
    lowestWage: toNumber(draft.lowest),
    highestWage: toNumber(draft.highest),
    profitDistributionPct: toNumber(draft.profit),
  };
}

/**
 * What the viewer may do with the assessment: change the draft (who may work on the organisation's case),
 * finalise it (its assessor among them, or a lead), review a final one (a lead, once).
 */
export function assessmentRights(
  assessment: Pick<Assessment, 'status' | 'assessorId' | 'reviewStatus'>,
  writer: { canWrite: boolean; lead: boolean; viewerId: string | undefined },
) {
  const final = assessment.status === 'final';
  return {
    readOnly: final || !writer.canWrite,
    canFinalise: !final && (writer.lead || (writer.viewerId === assessment.assessorId && writer.canWrite)),
    canReview: final && writer.lead && !assessment.reviewStatus,
  };
}
