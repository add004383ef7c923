import { DateTime } from 'luxon';

/**
 * What the console's date pickers hold (a Luxon DateTime in Brussels time) and what the API reads and writes
 * (`2027-01-31` for a day, `2027-01-31T13:30:00.000Z` for a moment), one way and the other.
 */

/** Brussels time, as the console shows moments (DateField): 14:30 typed is 14:30 shown, whatever the browser. */
export const BRUSSELS = 'Europe/Brussels';
/** The Belgian style, in every language of the console. */
export const DAY_FORMAT = 'dd/MM/yyyy';
export const MOMENT_FORMAT = 'dd/MM/yyyy HH:mm';
/**
 * The form value of a date left in part (`31/01/jjjj`) or typed whole but impossible or out of the pickers' bounds
 * (1900-2099): refused by the inputs' validation, ignored by the filters.
 */
export const INVALID_DATE = 'invalid-date';

/** A day (`2027-01-31`, or a moment, whose Brussels day it is) as the picker holds it. */
export function dayToPicked(value: unknown): DateTime | null {
  if (typeof value !== 'string' || !value || value === INVALID_DATE) return null;
  // A day is read as that day in Brussels; a moment is converted to Brussels time first.
  const picked = DateTime.fromISO(value, { zone: BRUSSELS });
  return picked.isValid ? picked.startOf('day') : null;
}

/** A moment (ISO timestamp) as the picker holds it, in Brussels time. */
export function momentToPicked(value: unknown): DateTime | null {
  if (typeof value !== 'string' || !value || value === INVALID_DATE) return null;
  const picked = DateTime.fromISO(value, { zone: BRUSSELS });
  return picked.isValid ? picked : null;
}

/** The picked day as the API writes it: `2027-01-31`; null when emptied; INVALID_DATE when impossible. */
export function pickedToDay(picked: DateTime | null): string | null {
  if (!picked) return null;
  return picked.isValid ? picked.toISODate() : INVALID_DATE;
}

/** The picked moment as an ISO timestamp in UTC, to the minute: `2027-01-31T13:30:00.000Z`. */
export function pickedToMoment(picked: DateTime | null): string | null {
  if (!picked) return null;
  return picked.isValid ? picked.set({ second: 0, millisecond: 0 }).toUTC().toISO() : INVALID_DATE;
}
