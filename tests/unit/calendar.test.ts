import {
  addDays,
  addMonths,
  belgianDay,
  daysInMonth,
  lastDayOfYears,
  yearsBetween,
} from '../../api/src/domain/calendar';

describe('calendar months, clamped to the month end', () => {
  // Every month end of a leap year and of a common year: [end, 6 months before, 3 months before].
  const MONTH_ENDS: Array<[string, string, string]> = [
    ['2028-01-31', '2027-07-31', '2027-10-31'],
    ['2028-02-29', '2027-08-29', '2027-11-29'],
    ['2028-03-31', '2027-09-30', '2027-12-31'],
    ['2028-04-30', '2027-10-30', '2028-01-30'],
    ['2028-05-31', '2027-11-30', '2028-02-29'],
    ['2028-06-30', '2027-12-30', '2028-03-30'],
    ['2028-07-31', '2028-01-31', '2028-04-30'],
    ['2028-08-31', '2028-02-29', '2028-05-31'],
    ['2028-09-30', '2028-03-30', '2028-06-30'],
    ['2028-10-31', '2028-04-30', '2028-07-31'],
    ['2028-11-30', '2028-05-30', '2028-08-30'],
    ['2028-12-31', '2028-06-30', '2028-09-30'],
    ['2027-01-31', '2026-07-31', '2026-10-31'],
    ['2027-02-28', '2026-08-28', '2026-11-28'],
    ['2027-03-31', '2026-09-30', '2026-12-31'],
    ['2027-04-30', '2026-10-30', '2027-01-30'],
    ['2027-05-31', '2026-11-30', '2027-02-28'],
    ['2027-06-30', '2026-12-30', '2027-03-30'],
    ['2027-07-31', '2027-01-31', '2027-04-30'],
    ['2027-08-31', '2027-02-28', '2027-05-31'],
    ['2027-09-30', '2027-03-30', '2027-06-30'],
    ['2027-10-31', '2027-04-30', '2027-07-31'],
    ['2027-11-30', '2027-05-30', '2027-08-30'],
    ['2027-12-31', '2027-06-30', '2027-09-30'],
  ];
  it.each(MONTH_ENDS)('%s: 6 months before is %s, 3 months before is %s', (end, six, three) => {
    expect(addMonths(end, -6)).toBe(six);
    expect(addMonths(end, -3)).toBe(three);
  });

  it('moves forward across years and clamps there too', () => {
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(addMonths('2026-11-15', -60)).toBe('2021-11-15');
  });

  it('knows the length of every month, 29 February in leap years only (1900 and 2100 are not, 2000 is)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2028, m))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('ends a period of years the day before its anniversary; from 29 February, on 28 February of a common year', () => {
    expect(lastDayOfYears('2026-02-01', 2)).toBe('2028-01-31');
    expect(lastDayOfYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(lastDayOfYears('2024-02-29', 4)).toBe('2028-02-28');
    expect(lastDayOfYears('2023-03-01', 1)).toBe('2024-02-29');
    expect(lastDayOfYears('2026-01-01', 5)).toBe('2030-12-31');
  });

  it('counts days and whole years, and writes days the Belgian way', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(yearsBetween('2022-11-27', '2026-11-27')).toBe(4);
    expect(yearsBetween('2022-11-28', '2026-11-27')).toBe(3);
    expect(belgianDay('2026-05-31')).toBe('31/05/2026');
  });
});
