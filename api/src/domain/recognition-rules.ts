import { defineLifecycle } from './lifecycle';

/** The kinds of recognition file: the two Brussels approvals, the work-integration mandate, the federal ones. */
export const RECOGNITION_KINDS = ['brussels_esd', 'brussels_ipes', 'brussels_esi_mandate', 'federal_cnc_cooperative', 'federal_social_enterprise'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];
/** The files that make an organisation a recognised Brussels social enterprise. */
export const BRUSSELS_APPROVALS: readonly RecognitionKind[] = ['brussels_esd', 'brussels_ipes'];

export const RECOGNITION_STATUSES = ['preparing', 'submitted', 'incomplete', 'under_review', 'approved', 'refused', 'expired', 'withdrawn'] as const;
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

/** Years each term runs: first approval 2, first renewal 3, then 5 (two secondary sources; configurable). */
export type TermYears = Record<RecognitionTerm, number>;
export const DEFAULT_TERM_YEARS: TermYears = { first: 2, renewal: 3, further: 5 };

/** `validFrom` plus the term's years, less a day: the approval's last day. */
export function proposedValidUntil(validFrom: string, term: RecognitionTerm, years: TermYears = DEFAULT_TERM_YEARS): string {
  const date = new Date(`${validFrom}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years[term]);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The term of a file that renews one with `previousTerm` (none: a first approval). */
export function termAfter(previousTerm: RecognitionTerm | null | undefined): RecognitionTerm {
  if (!previousTerm) return 'first';
  return previousTerm === 'first' ? 'renewal' : 'further';
}

const monthsBefore = (day: string, months: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
};

export interface RenewalWindow {
  renewalDue: boolean;
  renewalLate: boolean;
}

/**
 * A renewal is filed between 6 and 3 months before the end date: due from 6 months before,
 * late from 3 months before while no renewal file has been filed.
 */
export function renewalWindow(file: { status: RecognitionStatus; validUntil: string | null }, renewalFiled: boolean, today: string): RenewalWindow {
  if (file.status !== 'approved' || !file.validUntil || today > file.validUntil) return { renewalDue: false, renewalLate: false };
  const renewalDue = today >= monthsBefore(file.validUntil, 6);
  return { renewalDue, renewalLate: today >= monthsBefore(file.validUntil, 3) && !renewalFiled };
}

/** The dossier of DOMAIN.md: what a Brussels approval file holds. */
export const CHECKLIST_ITEMS = [
  'activity_report',
  'statutes',
  'accounts_last_3_years',
  'staff_and_evolution',
  'wage_tension_calculation',
  'board_and_organisation_chart',
  'yearly_open_meeting_proof',
] as const;
export type ChecklistItemCode = (typeof CHECKLIST_ITEMS)[number];
export interface ChecklistItem {
  code: ChecklistItemCode;
  done: boolean;
  note: string;
}

export function emptyChecklist(): ChecklistItem[] {
  return CHECKLIST_ITEMS.map((code) => ({ code, done: false, note: '' }));
}

/** Share of the dossier's items done, 0 to 1 with two decimals. */
export function checklistProgress(items: ChecklistItem[]): number {
  return items.length ? Math.round((items.filter((i) => i.done).length / items.length) * 100) / 100 : 0;
}

export interface EligibilityFacts {
  kind: RecognitionKind;
  /** Registered office or operating seat postcode, if known. */
  postcode: string | null;
  inBrussels: boolean | null;
  foundedOn: string | null;
  employeesFte: number | null;
  /** A Brussels approval withdrawn in the last 5 years. */
  withdrawnWithin5Years: boolean;
  /** A Brussels approval currently valid (for a work-integration mandate). */
  holdsValidApproval: boolean;
  today: string;
}

export interface EligibilityWarning {
  code: 'outside_brussels' | 'no_address' | 'staff_below_minimum' | 'withdrawn_recently' | 'mandate_needs_approval';
  message: string;
}

/** The conditions of DOMAIN.md that Traject can check from what it knows; warnings, not verdicts. */
export function eligibilityWarnings(facts: EligibilityFacts): EligibilityWarning[] {
  const warnings: EligibilityWarning[] = [];
  if (facts.kind === 'brussels_esi_mandate') {
    if (!facts.holdsValidApproval) warnings.push({ code: 'mandate_needs_approval', message: 'A work-integration mandate is only for an enterprise with a valid Brussels approval' });
    return warnings;
  }
  if (!BRUSSELS_APPROVALS.includes(facts.kind)) return warnings;
  if (facts.postcode === null) warnings.push({ code: 'no_address', message: 'No address: the registered office or an operating seat must be in Brussels' });
  else if (facts.inBrussels === false) warnings.push({ code: 'outside_brussels', message: 'The address is outside Brussels: the registered office or an operating seat must be in Brussels' });
  if (facts.foundedOn && yearsBetween(facts.foundedOn, facts.today) >= 4 && (facts.employeesFte ?? 0) < 1) {
    warnings.push({ code: 'staff_below_minimum', message: 'Registered 4 years or more: at least 1 full-time permanent employee (or 3 active self-employed partners) is required' });
  }
  if (facts.withdrawnWithin5Years) warnings.push({ code: 'withdrawn_recently', message: 'An approval was withdrawn in the last 5 years' });
  return warnings;
}

function yearsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  if (b.getUTCMonth() < a.getUTCMonth() || (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate())) years--;
  return years;
}
