import type { Language } from './language';

/**
 * Belgian ways of writing days, times and numbers, the same whatever the browser's or server's locale:
 * 31/05/2026, 14:05 (Brussels time, no seconds), 19,5 in French and Dutch, 19.5 in English.
 */
const NUMBER_LOCALE: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };
const TIME_ZONE = 'Europe/Brussels';

/** `2026-05-31` (or a timestamp, read in Brussels) -> `31/05/2026`. Anything else is returned as given. */
export function formatDay(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  if (typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  }
  const parts = brusselsParts(value);
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : String(value);
}

/** A moment -> `31/05/2026 14:05`, Brussels time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const parts = brusselsParts(value);
  return parts ? `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}` : String(value);
}

/** A moment -> `14:05`, Brussels time. */
export function formatTime(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const parts = brusselsParts(value);
  return parts ? `${parts.hour}:${parts.minute}` : String(value);
}

/**
 * The Brussels wall-clock time of a moment as a Date whose UTC fields hold it: what a spreadsheet cell
 * (which knows no time zones) should show. A day (`2026-05-31`) is that day at midnight.
 */
export function brusselsWallClock(value: string | Date): Date | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  const parts = brusselsParts(value);
  if (!parts) return null;
  return new Date(
    Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)),
  );
}

/** One formatter per language and precision: building an `Intl.NumberFormat` costs far more than using one. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  const key = `${language}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[language], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;

/**
 * Brussels' offset from UTC on each UTC day it was asked for. The clocks change at most once a day, on the hour
 * (01:00 UTC): a day whose first and last minutes share an offset has it throughout, and only the two days a
 * year with a change are worked out hour by hour. An export of 50,000 rows formats its 150,000 dates with a few
 * thousand `formatToParts` calls instead of one each (they were most of the time of a cold export).
 */
const offsetByDay = new Map<number, number | null>();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function offsetAt(ms: number): number {
  const found: Record<string, string> = {};
  for (const part of PARTS.formatToParts(new Date(ms))) found[part.type] = part.value;
  return (
    Date.UTC(+found.year, +found.month - 1, +found.day, +found.hour, +found.minute) - Math.floor(ms / MINUTE) * MINUTE
  );
}

function brusselsOffset(ms: number): number {
  const day = Math.floor(ms / DAY);
  let offset = offsetByDay.get(day);
  if (offset === undefined) {
    const first = offsetAt(day * DAY);
    offset = first === offsetAt(day * DAY + DAY - MINUTE) ? first : null;
    if (offsetByDay.size >= 100_000) offsetByDay.clear();
    offsetByDay.set(day, offset);
  }
  return offset ?? offsetAt(Math.floor(ms / HOUR) * HOUR);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function brusselsParts(value: string | Date): Parts | null {
  const ms = (value instanceof Date ? value : new Date(value)).getTime();
  if (Number.isNaN(ms)) return null;
  const wall = new Date(ms + brusselsOffset(ms));
  return {
    year: String(wall.getUTCFullYear()),
    month: two(wall.getUTCMonth() + 1),
    day: two(wall.getUTCDate()),
    hour: two(wall.getUTCHours()),
    minute: two(wall.getUTCMinutes()),
  };
}
