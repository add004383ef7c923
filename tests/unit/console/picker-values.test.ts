import { DateTime } from 'luxon';
import {
  BRUSSELS,
  INVALID_DATE,
  dayToPicked,
  momentToPicked,
  pickedToDay,
  pickedToMoment,
} from '../../../admin/src/common/pickerValues';

/** What the console's date pickers send the API: the same ISO values as the browser's own date inputs did. */
describe('the date pickers’ values', () => {
  it('a day typed 31/01/2027 is sent as 2027-01-31, and read back as that day', () => {
    const typed = DateTime.fromObject({ year: 2027, month: 1, day: 31 }, { zone: BRUSSELS });
    expect(pickedToDay(typed)).toBe('2027-01-31');
    expect(dayToPicked('2027-01-31')?.toFormat('dd/MM/yyyy')).toBe('31/01/2027');
  });

  it('a moment typed 31/01/2027 14:30 is Brussels time, sent as a UTC timestamp to the minute', () => {
    const winter = DateTime.fromObject(
      { year: 2027, month: 1, day: 31, hour: 14, minute: 30, second: 12 },
      { zone: BRUSSELS },
    );
    expect(pickedToMoment(winter)).toBe('2027-01-31T13:30:00.000Z');
    const summer = DateTime.fromObject({ year: 2027, month: 7, day: 1, hour: 9, minute: 5 }, { zone: BRUSSELS });
    expect(pickedToMoment(summer)).toBe('2027-07-01T07:05:00.000Z');
    expect(momentToPicked('2027-01-31T13:30:00.000Z')?.toFormat('dd/MM/yyyy HH:mm')).toBe('31/01/2027 14:30');
  });

  it('a moment given where a day is expected shows its Brussels day', () => {
    // 23:30 UTC on 31 January is already 1 February in Brussels.
    expect(dayToPicked('2027-01-31T23:30:00.000Z')?.toISODate()).toBe('2027-02-01');
  });

  it('an emptied field sends null; a date typed in part is marked invalid, not sent as a date', () => {
    expect(pickedToDay(null)).toBeNull();
    expect(pickedToMoment(null)).toBeNull();
    expect(pickedToDay(DateTime.invalid('typed in part'))).toBe(INVALID_DATE);
    expect(pickedToMoment(DateTime.invalid('typed in part'))).toBe(INVALID_DATE);
    expect(dayToPicked(INVALID_DATE)).toBeNull();
    expect(dayToPicked('')).toBeNull();
    expect(momentToPicked(null)).toBeNull();
    expect(momentToPicked('not a date')).toBeNull();
  });
});
