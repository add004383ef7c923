import { isoDay } from '../common/days';

export type Preset = 'this_year' | 'last_12_months' | 'this_quarter';
export const PRESETS: Preset[] = ['this_year', 'last_12_months', 'this_quarter'];

/** The period a preset stands for, ending today. */
export function presetPeriod(preset: Preset, today = new Date()): { from: string; to: string } {
  const to = isoDay(today);
  switch (preset) {
    case 'this_year':
      return { from: `${today.getFullYear()}-01-01`, to };
    case 'last_12_months': {
      const from = new Date(today.getFullYear(), today.getMonth() - 12, today.getDate() + 1);
      return { from: isoDay(from), to };
    }
    case 'this_quarter':
      return { from: isoDay(new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3, 1)), to };
  }
}

/** Every month `YYYY-MM` from `from` to `to` (at most 60), so that a quiet month shows as 0. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  while (months.length < 60) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
