import { defineLifecycle } from './lifecycle';
import { addDays, addMonths, type Day, lastDayOfYears } from './calendar';

/** The kinds of recognition file: the two Brussels approvals, the work-integration mandate, the federal ones. */
export const RECOGNITION_KINDS = [
  'brussels_esd',
  'brussels_ipes',
  'brussels_esi_mandate',
  'federal_cnc_cooperative',
  'federal_social_enterprise',
] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];
/** The files that make an organisation a recognised Brussels social enterprise. */
export const BRUSSELS_APPROVALS: readonly RecognitionKind[] = ['brussels_esd', 'brussels_ipes'];

export const RECOGNITION_STATUSES = [
  'preparing',
  'submitted',
  'incomplete',
  'under_review',
  'approved',
  'refused',
  'expired',
  'withdrawn',
] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/**
 * preparing -> submitted -> under_review -> approved | refused; submitted or under_review -> incomplete
 * -> submitted; any open status -> withdrawn (by the applicant); approved -> expired | withdrawn (by the Region).
 */
export const recognitionLifecycle = defineLifecycle<RecognitionStatus>('recognition file', {
  preparing: ['submitted', 'withdrawn'],
  submitted: ['under_review', 'incomplete', 'withdrawn'],
  incomplete: ['submitted', 'withdrawn'],
  under_review: ['approved', 'refused', 'incomplete', 'withdrawn'],
  approved: ['expired', 'withdrawn'],
  refused: [],
  expired: [],
  withdrawn: [],
});

export const RECOGNITION_TERMS = ['first', 'renewal', 'further'] as const;
export type RecognitionTerm = (typeof RECOGNITION_TERMS)[number];

/** Years each term of a Brussels approval runs: first 2, first renewal 3, then 5 (two secondary sources; configurable). */
type TermYears = Record<RecognitionTerm, number>;
const DEFAULT_TERM_YEARS: TermYears = { first: 2, renewal: 3, further: 5 };

/** What the clocks read from the configuration (RECOGNITION_TERM_YEARS, MANDATE_YEARS). */
export interface ClockSettings {
  termYears: TermYears;
  /** A work-integration mandate is granted for 5 years (order of 16 May 2019). */
  mandateYears: number;
}
const DEFAULT_CLOCK_SETTINGS: ClockSettings = { termYears: DEFAULT_TERM_YEARS, mandateYears: 5 };

/**
 * Each kind on its own clock (DOMAIN.md). `ends`: how its end date is proposed (the 2/3/5 terms, the
 * mandate's fixed years, or none: the federal approvals have had no term since 2016). `renewal`: a
 * window from 6 to 3 months before the end, the Minister's call (its deadline, on the renewal file), or
 * none. Only a kind that ends expires by itself; every approval can still be withdrawn.
 */
interface KindClock {
  ends: 'terms' | 'mandate_years' | 'never';
  renewal: 'window' | 'call' | 'none';
}
export const KIND_CLOCKS: Record<RecognitionKind, KindClock> = {
  brussels_esd: { ends: 'terms', renewal: 'window' },
  brussels_ipes: { ends: 'terms', renewal: 'window' },
  brussels_esi_mandate: { ends: 'mandate_years', renewal: 'call' },
  federal_cnc_cooperative: { ends: 'never', renewal: 'none' },
  federal_social_enterprise: { ends: 'never', renewal: 'none' },
};

/** Kinds that pass their end date and expire; the daily work expires nothing else. */
export const EXPIRING_KINDS: readonly RecognitionKind[] = RECOGNITION_KINDS.filter(
  (kind) => KIND_CLOCKS[kind].ends !== 'never',
);

/** The approval's proposed last day from its first day, or null for a kind with no end date. */
export function proposedValidUntil(
  kind: RecognitionKind,
  validFrom: Day,
  term: RecognitionTerm,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): Day | null {
  const { ends } = KIND_CLOCKS[kind];
  if (ends === 'never') return null;
  return lastDayOfYears(validFrom, ends === 'mandate_years' ? settings.mandateYears : settings.termYears[term]);
}

/** A renewal's approval starts by default the day after the previous one ends. */
export const renewalValidFrom = (previousValidUntil: Day | null): Day | null =>
  previousValidUntil ? addDays(previousValidUntil, 1) : null;

/** The term of a file that renews one with `previousTerm` (none: a first approval). */
export function termAfter(previousTerm: RecognitionTerm | null | undefined): RecognitionTerm {
  if (!previousTerm) return 'first';
  return previousTerm === 'first' ? 'renewal' : 'further';
}

const RENEWAL_OPENS_MONTHS = 6;
const RENEWAL_LATE_MONTHS = 3;

/**
 * The renewal window of a kind renewed by window: due from 6 calendar months before the end, late from 3
 * (clamped to the month's end: ending 31 May, it opens 30 November and is late from the end of February).
 * Null for kinds with no window (mandate, federal) or no end date.
 */
export function renewalWindowDates(
  kind: RecognitionKind,
  validUntil: Day | null,
): { opensOn: Day; lateFrom: Day } | null {
  if (KIND_CLOCKS[kind].renewal !== 'window' || !validUntil) return null;
  return {
    opensOn: addMonths(validUntil, -RENEWAL_OPENS_MONTHS),
    lateFrom: addMonths(validUntil, -RENEWAL_LATE_MONTHS),
  };
}

/** What the renewal files of an approval say: whether one has reached `submitted`, and a mandate's call deadline. */
export interface RenewalFacts {
  /** A renewal file has been filed (submitted, incomplete, under review or approved); `preparing` has not. */
  filed: boolean;
  /** The Minister's call deadline on the mandate's renewal file, if one is being prepared. */
  callDeadline: Day | null;
}
export const NO_RENEWAL: RenewalFacts = { filed: false, callDeadline: null };
/** Statuses in which a renewal counts as filed. */
export const FILED_STATUSES: readonly RecognitionStatus[] = ['submitted', 'incomplete', 'under_review', 'approved'];

interface RenewalWindow {
  renewalDue: boolean;
  renewalLate: boolean;
}

/**
 * The one definition of "renewal due" and "renewal late" (lists, dashboard, daily work, console).
 * Window kinds: due from 6 months before the end, late from 3 months before unless a renewal was filed.
 * The mandate: due once a renewal file carries the call's deadline, late after that deadline unless filed.
 * Federal kinds: never.
 */
export function renewalWindow(
  file: { kind: RecognitionKind; status: RecognitionStatus; validUntil: Day | null },
  renewal: RenewalFacts,
  today: Day,
): RenewalWindow {
  const none = { renewalDue: false, renewalLate: false };
  if (file.status !== 'approved' || (file.validUntil && today > file.validUntil)) return none;
  const clock = KIND_CLOCKS[file.kind];
  if (clock.renewal === 'call') {
    if (!renewal.callDeadline) return none;
    return { renewalDue: true, renewalLate: !renewal.filed && today > renewal.callDeadline };
  }
  const window = renewalWindowDates(file.kind, file.validUntil);
  if (!window) return none;
  return { renewalDue: today >= window.opensOn, renewalLate: today >= window.lateFrom && !renewal.filed };
}

/** Whether an approval has passed its end date (only kinds that end do). */
export function hasExpired(
  file: { kind: RecognitionKind; status: RecognitionStatus; validUntil: Day | null },
  today: Day,
): boolean {
  return (
    file.status === 'approved' &&
    KIND_CLOCKS[file.kind].ends !== 'never' &&
    !!file.validUntil &&
    file.validUntil < today
  );
}
