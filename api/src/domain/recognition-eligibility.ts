import { addMonths, type Day, yearsBetween } from './calendar';
import type { KboAlert } from './kbo-situations';
import type { LegalForm } from './organisation-codes';
import { BRUSSELS_APPROVALS, type RecognitionKind, type RecognitionStatus } from './recognition-rules';
import { renderMessage } from './messages';

export interface EligibilityFacts {
  kind: RecognitionKind;
  status: RecognitionStatus;
  legalForm: LegalForm | null;
  /** Registered office or operating seat postcode, if known. */
  postcode: string | null;
  inBrussels: boolean | null;
  /** Registered at the BCE (`registeredOn`, else the founding date). */
  registeredOn: Day | null;
  /** Full-time equivalents on permanent contracts declared on the file, else the organisation's staff. */
  permanentFte: number | null;
  /** Active self-employed partners, and how many of them have it as their main occupation. */
  selfEmployedPartners: number | null;
  mainOccupationPartners: number | null;
  /** The last day a Brussels approval of the organisation was withdrawn by the Region, if ever. */
  brusselsApprovalWithdrawnOn: Day | null;
  /** A Brussels approval currently valid (for a work-integration mandate). */
  holdsValidApproval: boolean;
  /** What the KBO says of the enterprise (stopped, bankruptcy, liquidation, reorganisation), if anything. */
  kboAlert?: KboAlert | null;
  today: Day;
}

export const ELIGIBILITY_WARNINGS = [
  'not_a_legal_person',
  'outside_brussels',
  'no_address',
  'staff_below_minimum',
  'withdrawn_recently',
  'not_a_cooperative',
  'mandate_needs_approval',
  'mandate_at_risk',
  'enterprise_stopped',
  'not_viable',
] as const;
type EligibilityWarningCode = (typeof ELIGIBILITY_WARNINGS)[number];
export interface EligibilityWarning {
  code: EligibilityWarningCode;
  message: string;
}

const NOT_LEGAL_PERSONS: readonly LegalForm[] = ['de_facto_association', 'not_incorporated'];
const STAFF_TEST_AFTER_YEARS = 4;
const WITHDRAWAL_BAR_YEARS = 5;

/** The conditions of DOMAIN.md that Traject can check from what it knows; warnings, not verdicts. */
export function eligibilityWarnings(facts: EligibilityFacts): EligibilityWarning[] {
  const codes: EligibilityWarningCode[] = [];
  // Viable: not in liquidation, judicial reorganisation or bankruptcy (DOMAIN.md), as the KBO tells it.
  if (facts.kboAlert && (BRUSSELS_APPROVALS.includes(facts.kind) || facts.kind === 'brussels_esi_mandate')) {
    codes.push(facts.kboAlert === 'stopped' ? 'enterprise_stopped' : 'not_viable');
  }
  if (facts.kind === 'brussels_esi_mandate') {
    if (!facts.holdsValidApproval)
      codes.push(facts.status === 'approved' ? 'mandate_at_risk' : 'mandate_needs_approval');
  } else if (BRUSSELS_APPROVALS.includes(facts.kind)) {
    if (facts.legalForm && NOT_LEGAL_PERSONS.includes(facts.legalForm)) codes.push('not_a_legal_person');
    if (facts.postcode === null) codes.push('no_address');
    else if (facts.inBrussels === false) codes.push('outside_brussels');
    if (!meetsStaffTest(facts)) codes.push('staff_below_minimum');
    if (
      facts.brusselsApprovalWithdrawnOn &&
      facts.brusselsApprovalWithdrawnOn > addMonths(facts.today, -12 * WITHDRAWAL_BAR_YEARS)
    )
      codes.push('withdrawn_recently');
  } else if (facts.legalForm && facts.legalForm !== 'sc_cv') {
    codes.push('not_a_cooperative');
  }
  // `message` in English for scripts; a person reads the code's words (domain/messages/recognition-warnings.ts).
  return codes.map((code) => ({ code, message: renderMessage(`recognition.warning.${code}`, {}, 'en') ?? code }));
}

/**
 * Registered at the BCE for 4 years or more: one full-time permanent contract, or for an ESD three
 * active self-employed partners, at least one as main occupation (an IPES has no such option).
 */
function meetsStaffTest(
  facts: Pick<
    EligibilityFacts,
    'kind' | 'registeredOn' | 'permanentFte' | 'selfEmployedPartners' | 'mainOccupationPartners' | 'today'
  >,
): boolean {
  if (!facts.registeredOn || yearsBetween(facts.registeredOn, facts.today) < STAFF_TEST_AFTER_YEARS) return true;
  if ((facts.permanentFte ?? 0) >= 1) return true;
  return (
    facts.kind === 'brussels_esd' && (facts.selfEmployedPartners ?? 0) >= 3 && (facts.mainOccupationPartners ?? 0) >= 1
  );
}

/** Registered less than 3 years ago: no 3 years of accounts yet, a budget instead. */
export const isStartingEnterprise = (registeredOn: Day | null, today: Day) =>
  !!registeredOn && yearsBetween(registeredOn, today) < 3;
