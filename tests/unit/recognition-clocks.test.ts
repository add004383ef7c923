import { obligationsAround, obligationsIn } from '../../api/src/domain/recognition-obligations';
import {
  EXPIRING_KINDS,
  hasExpired,
  NO_RENEWAL,
  proposedValidUntil,
  RecognitionKind,
  renewalValidFrom,
  renewalWindow,
  renewalWindowDates,
  termAfter,
} from '../../api/src/domain/recognition-rules';

const approved = (kind: RecognitionKind, validUntil: string | null) => ({
  kind,
  status: 'approved' as const,
  validUntil,
});

describe('each recognition kind on its own clock', () => {
  it('Brussels approvals: 2 years first, 3 for the first renewal, then 5, configurable', () => {
    for (const kind of ['brussels_esd', 'brussels_ipes'] as const) {
      expect(proposedValidUntil(kind, '2026-02-01', 'first')).toBe('2028-01-31');
      expect(proposedValidUntil(kind, '2028-02-01', 'renewal')).toBe('2031-01-31');
      expect(proposedValidUntil(kind, '2031-02-01', 'further')).toBe('2036-01-31');
    }
    expect(
      proposedValidUntil('brussels_esd', '2026-02-01', 'first', {
        termYears: { first: 3, renewal: 3, further: 5 },
        mandateYears: 5,
      }),
    ).toBe('2029-01-31');
    expect(proposedValidUntil('brussels_esd', '2024-03-01', 'first')).toBe('2026-02-28');
  });

  it('a work-integration mandate runs 5 years, whatever its term', () => {
    expect(proposedValidUntil('brussels_esi_mandate', '2026-01-01', 'first')).toBe('2030-12-31');
    expect(proposedValidUntil('brussels_esi_mandate', '2031-01-01', 'renewal')).toBe('2035-12-31');
    expect(
      proposedValidUntil('brussels_esi_mandate', '2026-01-01', 'first', {
        termYears: { first: 2, renewal: 3, further: 5 },
        mandateYears: 4,
      }),
    ).toBe('2029-12-31');
  });

  it('federal approvals have no proposed end date and never expire', () => {
    expect(proposedValidUntil('federal_cnc_cooperative', '2020-01-01', 'first')).toBeNull();
    expect(proposedValidUntil('federal_social_enterprise', '2020-01-01', 'first')).toBeNull();
    expect(EXPIRING_KINDS).toEqual(['brussels_esd', 'brussels_ipes', 'brussels_esi_mandate']);
    expect(hasExpired(approved('federal_cnc_cooperative', '2021-01-01'), '2026-11-30')).toBe(false);
    expect(hasExpired(approved('brussels_esd', '2026-11-29'), '2026-11-30')).toBe(true);
    expect(hasExpired(approved('brussels_esd', '2026-11-30'), '2026-11-30')).toBe(false);
    expect(hasExpired(approved('brussels_esi_mandate', '2026-11-29'), '2026-11-30')).toBe(true);
    expect(hasExpired({ kind: 'brussels_esd', status: 'withdrawn', validUntil: '2020-01-01' }, '2026-11-30')).toBe(
      false,
    );
  });

  it('a renewal follows with the next term and starts the day after the previous approval ends', () => {
    expect(termAfter(null)).toBe('first');
    expect(termAfter('first')).toBe('renewal');
    expect(termAfter('renewal')).toBe('further');
    expect(termAfter('further')).toBe('further');
    expect(renewalValidFrom('2028-02-29')).toBe('2028-03-01');
    expect(renewalValidFrom('2027-12-31')).toBe('2028-01-01');
    expect(renewalValidFrom(null)).toBeNull();
  });
});

describe('"renewal due": one definition', () => {
  it('an approval ending 31 May opens its window on 30 November and is late from the last day of February', () => {
    expect(renewalWindowDates('brussels_esd', '2027-05-31')).toEqual({ opensOn: '2026-11-30', lateFrom: '2027-02-28' });
    expect(renewalWindowDates('brussels_ipes', '2028-05-31')).toEqual({
      opensOn: '2027-11-30',
      lateFrom: '2028-02-29',
    });
    const file = approved('brussels_esd', '2027-05-31');
    expect(renewalWindow(file, NO_RENEWAL, '2026-11-29')).toEqual({ renewalDue: false, renewalLate: false });
    expect(renewalWindow(file, NO_RENEWAL, '2026-11-30')).toEqual({ renewalDue: true, renewalLate: false });
    expect(renewalWindow(file, NO_RENEWAL, '2027-02-27')).toEqual({ renewalDue: true, renewalLate: false });
    expect(renewalWindow(file, NO_RENEWAL, '2027-02-28')).toEqual({ renewalDue: true, renewalLate: true });
    expect(renewalWindow(file, NO_RENEWAL, '2027-06-01')).toEqual({ renewalDue: false, renewalLate: false });
  });

  it('late unless a renewal file has reached submitted (one still preparing has not been filed)', () => {
    const file = approved('brussels_esd', '2027-05-31');
    expect(renewalWindow(file, { filed: false, callDeadline: null }, '2027-03-15')).toEqual({
      renewalDue: true,
      renewalLate: true,
    });
    expect(renewalWindow(file, { filed: true, callDeadline: null }, '2027-03-15')).toEqual({
      renewalDue: true,
      renewalLate: false,
    });
    expect(renewalWindow({ ...file, status: 'submitted' }, NO_RENEWAL, '2027-03-15')).toEqual({
      renewalDue: false,
      renewalLate: false,
    });
  });

  it('a mandate has no 6-3 window: the call deadline on its renewal file makes it due, and late once passed unless filed', () => {
    const mandate = approved('brussels_esi_mandate', '2030-12-31');
    expect(renewalWindowDates('brussels_esi_mandate', '2030-12-31')).toBeNull();
    expect(renewalWindow(mandate, NO_RENEWAL, '2030-09-30')).toEqual({ renewalDue: false, renewalLate: false });
    expect(renewalWindow(mandate, { filed: false, callDeadline: '2030-06-15' }, '2030-05-01')).toEqual({
      renewalDue: true,
      renewalLate: false,
    });
    expect(renewalWindow(mandate, { filed: false, callDeadline: '2030-06-15' }, '2030-06-16')).toEqual({
      renewalDue: true,
      renewalLate: true,
    });
    expect(renewalWindow(mandate, { filed: true, callDeadline: '2030-06-15' }, '2030-06-16')).toEqual({
      renewalDue: true,
      renewalLate: false,
    });
  });

  it('federal approvals get no renewal reminder', () => {
    for (const kind of ['federal_cnc_cooperative', 'federal_social_enterprise'] as const) {
      expect(renewalWindowDates(kind, '2027-05-31')).toBeNull();
      expect(renewalWindow(approved(kind, null), NO_RENEWAL, '2040-01-01')).toEqual({
        renewalDue: false,
        renewalLate: false,
      });
    }
  });
});

describe('yearly obligations after an approval', () => {
  const file = (kind: RecognitionKind, validFrom: string) => ({ kind, status: 'approved' as const, validFrom });

  it('a Brussels approval sends its activity report each year, due on the configured day, from the year after it started', () => {
    expect(obligationsIn(file('brussels_esd', '2026-03-01'), 2026)).toEqual([]);
    expect(obligationsIn(file('brussels_esd', '2026-03-01'), 2027)).toEqual([
      { obligation: 'activity_report', year: 2027, opensOn: '2027-01-01', dueOn: '2027-06-30' },
    ]);
    expect(obligationsIn(file('brussels_ipes', '2025-03-01'), 2027, { activityReportDue: '04-30' })[0].dueOn).toBe(
      '2027-04-30',
    );
  });

  it('a mandate claims its yearly balance between 1 January and 15 February', () => {
    expect(obligationsIn(file('brussels_esi_mandate', '2025-07-01'), 2027)).toEqual([
      { obligation: 'balance_claim', year: 2027, opensOn: '2027-01-01', dueOn: '2027-02-15' },
    ]);
  });

  it('federal approvals and files not approved have none; the page shows this year and the next', () => {
    expect(obligationsIn(file('federal_cnc_cooperative', '2020-01-01'), 2027)).toEqual([]);
    expect(obligationsIn({ kind: 'brussels_esd', status: 'expired', validFrom: '2020-01-01' }, 2027)).toEqual([]);
    expect(obligationsAround(file('brussels_esd', '2026-03-01'), '2026-11-30').map((o) => o.year)).toEqual([2027]);
    expect(obligationsAround(file('brussels_esd', '2025-03-01'), '2026-11-30').map((o) => o.year)).toEqual([
      2026, 2027,
    ]);
  });
});
