/**
 * The EMES profile and hub.brussels's reading of it: ten indicators in three pillars, each rated,
 * and the results computed from the ratings. Pure and free of imports: the console imports this
 * very file, so the form and the server apply the same rules.
 */

/**
 * The version of the scoring rules. 1: every social indicator counted, the 1:4 test on the rounded
 * ratio. 2 (DOMAIN.md, 2026-11-30): hub.brussels's reading, whose social pillar leaves out
 * `soc_citizen_initiative` (rated and shown, not counted), and the unrounded 1:4 test. Each assessment
 * records the version it was scored with; a final one keeps its verdict when the rules change.
 */
export const EMES_RULES_VERSION = 2;
export const PILLARS = ['economic', 'social', 'governance'] as const;
export type Pillar = (typeof PILLARS)[number];

export const INDICATORS = [
  { code: 'econ_continuous_activity', pillar: 'economic' },
  { code: 'econ_economic_risk', pillar: 'economic' },
  { code: 'econ_paid_work', pillar: 'economic' },
  { code: 'soc_community_aim', pillar: 'social' },
  { code: 'soc_citizen_initiative', pillar: 'social' },
  { code: 'soc_limited_profit', pillar: 'social' },
  { code: 'soc_wage_tension', pillar: 'social' },
  { code: 'gov_autonomy', pillar: 'governance' },
  { code: 'gov_not_capital_based', pillar: 'governance' },
  { code: 'gov_participatory', pillar: 'governance' },
] as const satisfies ReadonlyArray<{ code: string; pillar: Pillar }>;
export type IndicatorCode = (typeof INDICATORS)[number]['code'];

/**
 * Rated and shown in the EMES profile but not counted in hub.brussels's reading: its seed page does not
 * list "initiative launched by citizens" (otherwise an enterprise founded by one person could never meet it).
 */
export const NOT_COUNTED: readonly IndicatorCode[] = ['soc_citizen_initiative'];
export const counts = (code: IndicatorCode) => !NOT_COUNTED.includes(code);
export const INDICATOR_CODES: readonly IndicatorCode[] = INDICATORS.map((i) => i.code);

export const RATINGS = ['met', 'partly', 'not_met', 'unknown'] as const;
export type Rating = (typeof RATINGS)[number];
export type PillarResult = 'met' | 'partly' | 'not_met';
export type Verdict = 'meets' | 'partly_meets' | 'does_not_meet';

/**
 * hub.brussels's moderate wage tension: the highest wage at most 4 times the lowest, both as
 * full-time-equivalent gross monthly pay with legal and extra-legal benefits.
 */
export const MAX_WAGE_RATIO = 4;

export interface IndicatorAnswer {
  code: IndicatorCode;
  rating: Rating;
  evidence: string;
}

export interface EmesResult {
  indicators: IndicatorAnswer[];
  wageRatio: number | null;
  pillars: Record<Pillar, PillarResult>;
  verdict: Verdict;
}

/** highest / lowest unrounded, or null unless both wages are given and positive: it decides the 1:4 test. */
export function exactWageRatio(
  lowestWage: number | null | undefined,
  highestWage: number | null | undefined,
): number | null {
  if (lowestWage == null || highestWage == null || !(lowestWage > 0) || !(highestWage > 0)) return null;
  return highestWage / lowestWage;
}

/** highest / lowest with two decimals, as shown (1,000 and 4,004 show 4.00, and do not meet 1:4). */
export function wageRatio(
  lowestWage: number | null | undefined,
  highestWage: number | null | undefined,
): number | null {
  const exact = exactWageRatio(lowestWage, highestWage);
  return exact === null ? null : Math.round(exact * 100) / 100;
}

/** The unrounded ratio at most 4. */
export const meetsWageTension = (lowestWage: number, highestWage: number) => highestWage <= MAX_WAGE_RATIO * lowestWage;

/** A pillar is met when all its indicators are, not met when any is not, partly otherwise. */
export function pillarResult(ratings: Rating[]): PillarResult {
  if (ratings.some((r) => r === 'not_met')) return 'not_met';
  return ratings.every((r) => r === 'met') ? 'met' : 'partly';
}

export function verdictOf(pillars: Record<Pillar, PillarResult>): Verdict {
  const results = PILLARS.map((p) => pillars[p]);
  if (results.some((r) => r === 'not_met')) return 'does_not_meet';
  return results.every((r) => r === 'met') ? 'meets' : 'partly_meets';
}

/**
 * Everything the assessment computes, under the current rules (EMES_RULES_VERSION). When both wages
 * are known the unrounded ratio decides the wage-tension rating (whatever was chosen by hand);
 * indicators missing from the answers count as unknown; a pillar counts only the indicators of
 * hub.brussels's reading.
 */
export function scoreAssessment(
  answers: ReadonlyArray<IndicatorAnswer>,
  lowestWage?: number | null,
  highestWage?: number | null,
): EmesResult {
  const ratio = wageRatio(lowestWage, highestWage);
  const byCode = new Map(answers.map((a) => [a.code, a]));
  const indicators = INDICATORS.map(({ code }): IndicatorAnswer => {
    const answer = byCode.get(code) ?? { code, rating: 'unknown' as Rating, evidence: '' };
    if (code === 'soc_wage_tension' && ratio !== null)
      return { ...answer, rating: meetsWageTension(lowestWage!, highestWage!) ? 'met' : 'not_met' };
    return { code, rating: answer.rating, evidence: answer.evidence ?? '' };
  });
  const pillars = Object.fromEntries(
    PILLARS.map((pillar) => [
      pillar,
      pillarResult(indicators.filter((a) => pillarOf(a.code) === pillar && counts(a.code)).map((a) => a.rating)),
    ]),
  ) as Record<Pillar, PillarResult>;
  return { indicators, wageRatio: ratio, pillars, verdict: verdictOf(pillars) };
}

export function pillarOf(code: IndicatorCode): Pillar {
  return INDICATORS.find((i) => i.code === code)!.pillar;
}

/** Problems with a set of answers: unknown codes, unknown ratings, codes missing or given twice. */
export function answerProblems(answers: ReadonlyArray<{ code: string; rating: string }>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { code, rating } of answers) {
    if (!(INDICATOR_CODES as readonly string[]).includes(code)) problems.push(`${code} is not an EMES indicator code`);
    else if (seen.has(code)) problems.push(`${code} is given twice`);
    if (!(RATINGS as readonly string[]).includes(rating))
      problems.push(`${code}: rating must be one of ${RATINGS.join(', ')}`);
    seen.add(code);
  }
  const missing = INDICATOR_CODES.filter((code) => !seen.has(code));
  if (missing.length) problems.push(`missing ${missing.join(', ')}`);
  return problems;
}

export type Movement = 'improved' | 'declined' | 'same' | 'changed';
const ORDER: Record<string, number> = { not_met: 0, does_not_meet: 0, partly: 1, partly_meets: 1, met: 2, meets: 2 };

/** How a rating, pillar result or verdict moved; `changed` when `unknown` is on either side. */
export function movement(from: string | null | undefined, to: string | null | undefined): Movement {
  if (from === to) return 'same';
  if (from == null || to == null || ORDER[from] === undefined || ORDER[to] === undefined) return 'changed';
  return ORDER[to] > ORDER[from] ? 'improved' : 'declined';
}

/** What is still open in a set of answers, counted on the indicators hub.brussels's reading counts. */
export interface Gaps {
  /** Counted indicators rated `unknown`. */
  unknown: number;
  /** Counted indicators rated (not `unknown`) without a justification. */
  withoutEvidence: number;
  /** How many indicators are counted. */
  counted: number;
}

export function gapsOf(indicators: ReadonlyArray<IndicatorAnswer>): Gaps {
  const considered = indicators.filter((answer) => counts(answer.code));
  return {
    unknown: considered.filter((answer) => answer.rating === 'unknown').length,
    withoutEvidence: considered.filter((answer) => answer.rating !== 'unknown' && !answer.evidence?.trim()).length,
    counted: considered.length,
  };
}

/** No counted indicator rated yet: the result reads "not assessed yet", not a verdict. */
export function notAssessedYet(indicators: ReadonlyArray<IndicatorAnswer>): boolean {
  return indicators.filter((answer) => counts(answer.code)).every((answer) => answer.rating === 'unknown');
}

/** A pillar none of whose counted indicators is rated yet. */
export function pillarNotAssessed(indicators: ReadonlyArray<IndicatorAnswer>, pillar: Pillar): boolean {
  return indicators
    .filter((answer) => pillarOf(answer.code) === pillar && counts(answer.code))
    .every((answer) => answer.rating === 'unknown');
}
