import { brusselsWallClock, formatDateTime, formatDay, formatTime } from '../../api/src/domain';

/** What the engine's own time-zone data says a moment reads as in Brussels: the reference. */
const reference = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const expected = (moment: Date) => {
  const p = Object.fromEntries(reference.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

describe('Brussels time in days and moments (the exports format 100,000s of them)', () => {
  it('agrees with the time-zone data minute by minute around every clock change of 2025-2027', () => {
    // The last Sundays of March and October, 00:00-03:00 UTC, every 7 minutes.
    const changes = ['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'];
    for (const day of changes) {
      for (let minute = -60; minute <= 240; minute += 7) {
        const moment = new Date(Date.parse(`${day}T00:00:00Z`) + minute * 60_000);
        expect(formatDateTime(moment)).toBe(expected(moment));
        expect(formatDateTime(moment.toISOString())).toBe(expected(moment));
      }
    }
  });

  it('reads summer and winter moments, a leap day and the turn of the year', () => {
    expect(formatDateTime('2026-07-14T12:05:00Z')).toBe('14/07/2026 14:05');
    expect(formatDateTime('2026-01-14T12:05:00Z')).toBe('14/01/2026 13:05');
    expect(formatDateTime('2028-02-28T23:30:00Z')).toBe('29/02/2028 00:30');
    expect(formatDateTime('2026-12-31T23:59:59Z')).toBe('01/01/2027 00:59');
    expect(formatTime('2026-03-29T01:00:00Z')).toBe('03:00');
    expect(formatTime('2026-03-29T00:59:00Z')).toBe('01:59');
    expect(formatDay('2026-10-24T22:30:00Z')).toBe('25/10/2026');
    expect(formatDay('2026-05-31')).toBe('31/05/2026');
  });

  it('gives the spreadsheet the wall clock, and leaves what is not a moment as it was', () => {
    expect(brusselsWallClock('2026-07-14T12:05:00Z')?.toISOString()).toBe('2026-07-14T14:05:00.000Z');
    expect(brusselsWallClock('2026-05-31')?.toISOString()).toBe('2026-05-31T00:00:00.000Z');
    expect(brusselsWallClock('not a date')).toBeNull();
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('stays right for random moments over fifty years', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 5000; i++) {
      const moment = new Date(Date.UTC(1990, 0, 1) + Math.floor(next() * 50 * 365.25 * 86_400_000));
      expect(formatDateTime(moment)).toBe(expected(moment));
    }
  });
});
