/**
 * Calendar days as ISO strings (`YYYY-MM-DD`), in one place for API and console. Months move by the
 * calendar and clamp to the month's last day: 31 May less 6 months is 30 November, less 3 months the
 * last day of February (28 or 29). No JavaScript date overflow, no SQL interval.
 */
export type Day = string;

const parse = (day: Day) => {
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, date };
};
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const format = (year: number, month: number, date: number): Day => `${pad(year, 4)}-${pad(month)}-${pad(date)}`;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `day` moved by whole calendar months (negative: back), clamped to the target month's last day. */
export function addMonths(day: Day, months: number): Day {
  const { year, month, date } = parse(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)));
}

export function addDays(day: Day, days: number): Day {
  const { year, month, date } = parse(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * The last day of a period of whole years starting on `from`: the day before its anniversary
 * (a period from 29 February ends on 28 February of a common year, the day before 1 March).
 */
export function lastDayOfYears(from: Day, years: number): Day {
  const { year, month, date } = parse(from);
  const targetYear = year + years;
  const anniversary =
    date > daysInMonth(targetYear, month) ? format(targetYear, month + 1, 1) : format(targetYear, month, date);
  return addDays(anniversary, -1);
}

/** Whole years from `from` to `to` (birthday-style). */
export function yearsBetween(from: Day, to: Day): number {
  const a = parse(from);
  const b = parse(to);
  const years = b.year - a.year;
  return b.month < a.month || (b.month === a.month && b.date < a.date) ? years - 1 : years;
}

/** `31/05/2026`: how Belgian French and Dutch write a day. */
export const belgianDay = (day: Day) => {
  const { year, month, date } = parse(day);
  return `${pad(date)}/${pad(month)}/${pad(year, 4)}`;
};

export const yearOf = (day: Day) => parse(day).year;
