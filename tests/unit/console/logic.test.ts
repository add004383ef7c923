import {
  answersOf,
  assessmentRights,
  changesOf,
  draftOf,
  toNumber,
} from '../../../admin/src/assessments/assessmentDraft';
import type { Assessment } from '../../../admin/src/assessments/types';
import { endOfWeek, isOverdue, isoDay, startOfMonth, today } from '../../../admin/src/common/days';
import { fileNameOf } from '../../../admin/src/common/download';
import { errorMessage } from '../../../admin/src/common/errorMessage';
import { languageOfName } from '../../../admin/src/common/languageOfName';
import { isOn, toggled } from '../../../admin/src/common/quickFilterValues';
import { monthsBetween, presetPeriod } from '../../../admin/src/reports/period';
import { linkOf } from '../../../admin/src/timeline/entryLink';
import { formattedEnterpriseNumber, validateEnterpriseNumber } from '../../../admin/src/organisations/enterpriseNumber';
import { INDICATORS } from '../../../api/src/domain/emes';

/** A day relative to now, at noon local time: no literal date that expires. */
const dayFromNow = (days: number) => {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return date;
};

describe('days as the console counts them (browser time zone)', () => {
  it('writes a day as YYYY-MM-DD, padded', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(today(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });

  it('ends a Monday-first week on its Sunday, a Sunday ending its own week', () => {
    expect(endOfWeek(new Date(2026, 10, 30))).toBe('2026-12-06'); // a Monday
    expect(endOfWeek(new Date(2026, 11, 6))).toBe('2026-12-06'); // that Sunday
    expect(endOfWeek(new Date(2026, 11, 3))).toBe('2026-12-06');
  });

  it('starts the month at local midnight of its first day', () => {
    const start = new Date(startOfMonth(new Date(2026, 1, 17, 15)));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2026, 1, 1, 0]);
  });

  it('a task is overdue when still to do and due before today', () => {
    const now = dayFromNow(0);
    expect(isOverdue({ status: 'todo', dueOn: isoDay(dayFromNow(-1)) }, now)).toBe(true);
    expect(isOverdue({ status: 'todo', dueOn: isoDay(now) }, now)).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: isoDay(dayFromNow(-3)) }, now)).toBe(false);
    expect(isOverdue({ status: 'todo', dueOn: null }, now)).toBe(false);
  });
});

describe('the report periods', () => {
  it('presets end today', () => {
    const now = new Date(2026, 4, 15);
    expect(presetPeriod('this_year', now)).toEqual({ from: '2026-01-01', to: '2026-05-15' });
    expect(presetPeriod('this_quarter', now)).toEqual({ from: '2026-04-01', to: '2026-05-15' });
    expect(presetPeriod('last_12_months', now)).toEqual({ from: '2025-05-16', to: '2026-05-15' });
  });

  it('lists every month between two days, across a year, at most 60', () => {
    expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2000-01-01', '2026-01-01')).toHaveLength(60);
    expect(monthsBetween('2026-03-01', '2026-02-01')).toEqual([]);
  });
});

describe('quick filters', () => {
  it('are on when the list holds all their values', () => {
    expect(isOn({ status: 'todo', assigneeId: 'me' }, { assigneeId: 'me' })).toBe(true);
    expect(isOn({ status: 'todo' }, { status: 'todo', assigneeId: 'me' })).toBe(false);
  });

  it('a click puts their values in, a second takes them out, other filters stay', () => {
    const on = toggled({ q: 'coop' }, { status: 'sent' });
    expect(on).toEqual({ q: 'coop', status: 'sent' });
    expect(toggled(on, { status: 'sent' })).toEqual({ q: 'coop' });
  });
});

describe('a timeline entry leads to its record', () => {
  it.each([
    ['meeting', '/meetings/r1/show'],
    ['case_stage_changed', '/cases/r1/show'],
    ['task_completed', '/tasks/r1'],
    ['assessment_finalised', '/assessments/r1/show'],
    ['referral_sent', null],
  ])('%s -> %s', (type, to) => {
    expect(linkOf({ type, refId: 'r1' })).toBe(to);
  });

  it('no record, no link', () => {
    expect(linkOf({ type: 'meeting', refId: null })).toBeNull();
  });
});

describe('the message of a failed action', () => {
  it('prefers a field error, then the API message (a list joined), then the error, then a generic key', () => {
    expect(errorMessage({ body: { message: 'Bad', errors: { name: 'Name is required' } } })).toBe('Name is required');
    expect(errorMessage({ body: { message: ['one', 'two'] } })).toBe('one, two');
    expect(errorMessage(new Error('offline'))).toBe('offline');
    expect(errorMessage(undefined)).toBe('ra.notification.http_error');
  });
});

describe('an EMES assessment in its form', () => {
  const stored = {
    status: 'draft',
    assessorId: 'a1',
    reviewStatus: null,
    assessedOn: '2026-03-02',
    indicators: [{ code: INDICATORS[0].code, rating: 'yes', evidence: 'Statutes art. 3' }],
    lowestWage: 2000,
    highestWage: null,
    profitDistributionPct: 12.5,
    version: 4,
  } as unknown as Assessment;

  it('reads numbers as typed, a decimal comma included', () => {
    expect(toNumber('12,5')).toBe(12.5);
    expect(toNumber(' ')).toBeNull();
    expect(toNumber('abc')).toBeNull();
  });

  it('holds every indicator (unknown when not answered) and sends back what it holds', () => {
    const draft = draftOf(stored);
    expect(Object.keys(draft.answers)).toHaveLength(INDICATORS.length);
    expect(draft.answers[INDICATORS[0].code]).toEqual({ rating: 'yes', evidence: 'Statutes art. 3' });
    expect(draft.answers[INDICATORS[1].code]).toEqual({ rating: 'unknown', evidence: '' });
    expect([draft.lowest, draft.highest, draft.profit]).toEqual(['2000', '', '12.5']);
    expect(answersOf(draft).map((answer) => answer.code)).toEqual(INDICATORS.map(({ code }) => code));
    const sent = changesOf({ ...draft, highest: '7000,50' }, stored.version);
    expect(sent).toMatchObject({
      version: 4,
      assessedOn: '2026-03-02',
      lowestWage: 2000,
      highestWage: 7000.5,
      profitDistributionPct: 12.5,
    });
  });

  it('is changed by who may work on the case, finalised by its assessor or a lead, reviewed once by a lead', () => {
    const assessor = { canWrite: true, lead: false, viewerId: 'a1' };
    const colleague = { canWrite: true, lead: false, viewerId: 'a9' };
    const reader = { canWrite: false, lead: false, viewerId: 'a1' };
    const lead = { canWrite: true, lead: true, viewerId: 'c1' };
    expect(assessmentRights(stored, assessor)).toEqual({ readOnly: false, canFinalise: true, canReview: false });
    expect(assessmentRights(stored, colleague)).toEqual({ readOnly: false, canFinalise: false, canReview: false });
    expect(assessmentRights(stored, reader)).toEqual({ readOnly: true, canFinalise: false, canReview: false });
    const final = { ...stored, status: 'final' as const };
    expect(assessmentRights(final, lead)).toEqual({ readOnly: true, canFinalise: false, canReview: true });
    expect(assessmentRights({ ...final, reviewStatus: 'agreed' as const }, lead).canReview).toBe(false);
  });
});

describe('the enterprise number in the organisation form (the domain core rule)', () => {
  it('writes a valid number the register way, 9 old digits included', () => {
    expect(formattedEnterpriseNumber('BE 0403 019 261')).toBe('0403.019.261');
    expect(formattedEnterpriseNumber('403019261')).toBe('0403.019.261');
    expect(formattedEnterpriseNumber('0403.019.262')).toBeNull();
  });

  it('names the reason of a wrong one, and lets an empty one through', () => {
    expect(validateEnterpriseNumber('')).toBeUndefined();
    expect(validateEnterpriseNumber(null)).toBeUndefined();
    expect(validateEnterpriseNumber('0403.019.261')).toBeUndefined();
    expect(validateEnterpriseNumber('04O3019261')).toBe('traject.enterprise_number.digits_only');
    expect(validateEnterpriseNumber('2403019261')).toBe('traject.enterprise_number.first_digit');
    expect(validateEnterpriseNumber('9403019261')).toBe('traject.enterprise_number.start');
    expect(validateEnterpriseNumber('0403.019.262')).toBe('traject.enterprise_number.mod97');
  });
});

describe('the language a name is marked with (WCAG 3.1.2)', () => {
  it('is the record’s one language when it is not the console’s', () => {
    expect(languageOfName(['nl'], 'fr')).toBe('nl');
    expect(languageOfName('fr', 'nl')).toBe('fr');
  });
  it('is none in the console’s language, for a bilingual record, or for none or an unknown one', () => {
    expect(languageOfName(['fr'], 'fr')).toBeUndefined();
    expect(languageOfName(['fr', 'nl'], 'en')).toBeUndefined();
    expect(languageOfName([], 'fr')).toBeUndefined();
    expect(languageOfName(null, 'fr')).toBeUndefined();
    expect(languageOfName(['de'], 'fr')).toBeUndefined();
  });
});

describe('the file name a download is saved under', () => {
  it("reads RFC 5987's filename* first, then a quoted or bare filename, else the fallback", () => {
    expect(fileNameOf(`attachment; filename="a.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9.csv`, 'x')).toBe('résumé.csv');
    expect(fileNameOf('attachment; filename="traject-organisations-2026-12-02.csv"', 'x')).toBe(
      'traject-organisations-2026-12-02.csv',
    );
    expect(fileNameOf('attachment; filename="say \\"hi\\".pdf"', 'x')).toBe('say "hi".pdf');
    expect(fileNameOf('attachment; filename=contact.json', 'x')).toBe('contact.json');
    expect(fileNameOf('attachment', 'contact-1.json')).toBe('contact-1.json');
    expect(fileNameOf(null, 'document')).toBe('document');
  });
});
