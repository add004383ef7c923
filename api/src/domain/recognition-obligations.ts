import { type Day, yearOf } from './calendar';
import type { RecognitionKind, RecognitionStatus } from './recognition-rules';

/**
 * What an approval asks of the enterprise every year (DOMAIN.md): a Brussels approval's standard
 * activity report (due date configurable, unconfirmed), a mandate's balance claim between 1 January and
 * 15 February. Each is for the year before, and only for a file approved before that year ended.
 */
export const OBLIGATIONS = ['activity_report', 'balance_claim'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

interface ObligationSettings {
  /** MM-DD of the activity report's due date. */
  activityReportDue: string;
}
const DEFAULT_OBLIGATION_SETTINGS: ObligationSettings = { activityReportDue: '06-30' };
const BALANCE_CLAIM_DUE = '02-15';

const OBLIGATIONS_OF: Record<RecognitionKind, readonly Obligation[]> = {
  brussels_esd: ['activity_report'],
  brussels_ipes: ['activity_report'],
  brussels_esi_mandate: ['balance_claim'],
  federal_cnc_cooperative: [],
  federal_social_enterprise: [],
};

interface ObligationDue {
  obligation: Obligation;
  /** The year it is filed in (it covers the year before). */
  year: number;
  opensOn: Day;
  dueOn: Day;
}

/** The obligations a file has in `year`: opening on 1 January, for an approval that ran in the year before. */
export function obligationsIn(
  file: { kind: RecognitionKind; status: RecognitionStatus; validFrom: Day | null },
  year: number,
  settings: ObligationSettings = DEFAULT_OBLIGATION_SETTINGS,
): ObligationDue[] {
  if (file.status !== 'approved' || !file.validFrom || yearOf(file.validFrom) >= year) return [];
  return OBLIGATIONS_OF[file.kind].map((obligation) => ({
    obligation,
    year,
    opensOn: `${year}-01-01`,
    dueOn: `${year}-${obligation === 'balance_claim' ? BALANCE_CLAIM_DUE : settings.activityReportDue}`,
  }));
}

/** This year's obligations (open since 1 January) and next year's (upcoming), for the recognition page and the daily work. */
export function obligationsAround(
  file: { kind: RecognitionKind; status: RecognitionStatus; validFrom: Day | null },
  today: Day,
  settings: ObligationSettings = DEFAULT_OBLIGATION_SETTINGS,
): ObligationDue[] {
  const year = yearOf(today);
  return [...obligationsIn(file, year, settings), ...obligationsIn(file, year + 1, settings)];
}
