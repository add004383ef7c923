/** Calendar days as the API writes them (`YYYY-MM-DD`), in the browser's time zone. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function today(now = new Date()): string {
  return isoDay(now);
}

/** The Sunday ending the current (Monday-first) week. */
export function endOfWeek(now = new Date()): string {
  const sunday = new Date(now);
  sunday.setDate(now.getDate() + ((7 - now.getDay()) % 7));
  return isoDay(sunday);
}

/** The first day of the current month, as a timestamp for `_gte` filters. */
export function startOfMonth(now = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), 1).toISOString();
}

export function isOverdue(task: { status: string; dueOn: string | null }, now = new Date()): boolean {
  return task.status === 'todo' && !!task.dueOn && task.dueOn < today(now);
}
