import {
  checklistProgress,
  eligibilityWarnings,
  EligibilityFacts,
  emptyChecklist,
  proposedValidUntil,
  RECOGNITION_STATUSES,
  recognitionLifecycle,
  RecognitionStatus,
  renewalWindow,
  termAfter,
} from '../../api/src/domain/recognition-rules';
import { REFERRAL_STATUSES, referralLifecycle, referralMoveRule, ReferralStatus } from '../../api/src/domain/referral-rules';

const ALLOWED_RECOGNITION: Array<[RecognitionStatus, RecognitionStatus]> = [
  ['preparing', 'submitted'], ['preparing', 'withdrawn'],
  ['submitted', 'under_review'], ['submitted', 'incomplete'], ['submitted', 'withdrawn'],
  ['incomplete', 'submitted'], ['incomplete', 'withdrawn'],
  ['under_review', 'approved'], ['under_review', 'refused'], ['under_review', 'incomplete'], ['under_review', 'withdrawn'],
  ['approved', 'expired'], ['approved', 'withdrawn'],
];

describe('the recognition lifecycle', () => {
  const pairs = RECOGNITION_STATUSES.flatMap((from) => RECOGNITION_STATUSES.filter((to) => to !== from).map((to) => [from, to] as [RecognitionStatus, RecognitionStatus]));
  it.each(pairs)('%s -> %s is allowed exactly when DOMAIN.md says so', (from, to) => {
    const allowed = ALLOWED_RECOGNITION.some(([a, b]) => a === from && b === to);
    expect(recognitionLifecycle.refusal(from, to) === null).toBe(allowed);
  });

  it('names the allowed moves when refusing', () => {
    expect(recognitionLifecycle.refusal('preparing', 'approved')).toBe('A recognition file cannot move from preparing to approved; from preparing it can move to submitted, withdrawn');
    expect(recognitionLifecycle.refusal('refused', 'submitted')).toBe('A recognition file that is refused cannot move any more');
    expect(recognitionLifecycle.isFinal('expired')).toBe(true);
  });
});

describe('recognition terms and renewals', () => {
  it('proposes the end date from the start: 2 years first, 3 for the first renewal, then 5', () => {
    expect(proposedValidUntil('2026-02-01', 'first')).toBe('2028-01-31');
    expect(proposedValidUntil('2028-02-01', 'renewal')).toBe('2031-01-31');
    expect(proposedValidUntil('2031-02-01', 'further')).toBe('2036-01-31');
    expect(proposedValidUntil('2026-02-01', 'first', { first: 3, renewal: 3, further: 5 })).toBe('2029-01-31');
    expect(proposedValidUntil('2024-03-01', 'first')).toBe('2026-02-28');
  });

  it('follows a first approval with a renewal term, then further ones', () => {
    expect(termAfter(null)).toBe('first');
    expect(termAfter('first')).toBe('renewal');
    expect(termAfter('renewal')).toBe('further');
    expect(termAfter('further')).toBe('further');
  });

  it('is due from 6 months before the end, late from 3 months before while no renewal is filed', () => {
    const file = { status: 'approved' as const, validUntil: '2027-06-30' };
    expect(renewalWindow(file, false, '2026-12-29')).toEqual({ renewalDue: false, renewalLate: false });
    expect(renewalWindow(file, false, '2026-12-30')).toEqual({ renewalDue: true, renewalLate: false });
    expect(renewalWindow(file, false, '2027-03-30')).toEqual({ renewalDue: true, renewalLate: true });
    expect(renewalWindow(file, true, '2027-04-15')).toEqual({ renewalDue: true, renewalLate: false });
    expect(renewalWindow(file, false, '2027-07-01')).toEqual({ renewalDue: false, renewalLate: false });
    expect(renewalWindow({ status: 'submitted', validUntil: '2027-06-30' }, false, '2027-04-15')).toEqual({ renewalDue: false, renewalLate: false });
  });
});

describe('the dossier checklist', () => {
  it('starts with every item of the file undone, and counts the share done', () => {
    const items = emptyChecklist();
    expect(items.map((i) => i.code)).toEqual(['activity_report', 'statutes', 'accounts_last_3_years', 'staff_and_evolution', 'wage_tension_calculation', 'board_and_organisation_chart', 'yearly_open_meeting_proof']);
    expect(checklistProgress(items)).toBe(0);
    items[0].done = true;
    items[1].done = true;
    expect(checklistProgress(items)).toBe(0.29);
  });
});

describe('eligibility warnings', () => {
  const facts = (overrides: Partial<EligibilityFacts>): EligibilityFacts => ({
    kind: 'brussels_esd', postcode: '1000', inBrussels: true, foundedOn: '2024-01-01', employeesFte: 0, withdrawnWithin5Years: false, holdsValidApproval: false, today: '2026-11-27', ...overrides,
  });
  const codes = (f: EligibilityFacts) => eligibilityWarnings(f).map((w) => w.code);

  it('none for a young Brussels enterprise', () => expect(codes(facts({}))).toEqual([]));
  it('an address outside Brussels, or none', () => {
    expect(codes(facts({ postcode: '1300', inBrussels: false }))).toEqual(['outside_brussels']);
    expect(codes(facts({ postcode: null, inBrussels: null }))).toEqual(['no_address']);
  });
  it('registered 4 years or more with less than one FTE', () => {
    expect(codes(facts({ foundedOn: '2022-11-27' }))).toEqual(['staff_below_minimum']);
    expect(codes(facts({ foundedOn: '2022-11-28' }))).toEqual([]);
    expect(codes(facts({ foundedOn: '2010-01-01', employeesFte: 1 }))).toEqual([]);
  });
  it('a withdrawal in the last 5 years', () => expect(codes(facts({ withdrawnWithin5Years: true }))).toEqual(['withdrawn_recently']));
  it('a mandate needs a valid approval', () => {
    expect(codes(facts({ kind: 'brussels_esi_mandate' }))).toEqual(['mandate_needs_approval']);
    expect(codes(facts({ kind: 'brussels_esi_mandate', holdsValidApproval: true }))).toEqual([]);
  });
  it('no Brussels conditions for federal approvals', () => expect(codes(facts({ kind: 'federal_cnc_cooperative', inBrussels: false, postcode: '1300' }))).toEqual([]));
});

describe('the referral lifecycle', () => {
  const ALLOWED: Array<[ReferralStatus, ReferralStatus]> = [
    ['proposed', 'sent'], ['sent', 'accepted'], ['accepted', 'in_progress'], ['in_progress', 'completed'], ['sent', 'declined'],
    ['proposed', 'cancelled'], ['sent', 'cancelled'], ['accepted', 'cancelled'], ['in_progress', 'cancelled'],
  ];
  const pairs = REFERRAL_STATUSES.flatMap((from) => REFERRAL_STATUSES.filter((to) => to !== from).map((to) => [from, to] as [ReferralStatus, ReferralStatus]));
  it.each(pairs)('%s -> %s is allowed exactly when DOMAIN.md says so', (from, to) => {
    expect(referralLifecycle.refusal(from, to) === null).toBe(ALLOWED.some(([a, b]) => a === from && b === to));
  });

  it('completing needs an outcome, declining and cancelling a reason; the server stamps the dates', () => {
    expect(referralMoveRule('completed')).toEqual({ needs: 'outcome', stamps: 'completedOn' });
    expect(referralMoveRule('declined')).toEqual({ needs: 'reason', stamps: 'respondedOn' });
    expect(referralMoveRule('accepted')).toEqual({ stamps: 'respondedOn' });
    expect(referralMoveRule('cancelled')).toEqual({ needs: 'reason' });
  });
});
