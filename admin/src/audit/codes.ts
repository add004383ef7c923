/** What the audit trail records (API.md, `audit-log`). Labels: `traject.audit.actions.*`, `traject.audit.entities.*`. */
const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'login_failed',
  'export',
  'import',
  'gdpr_export',
  'gdpr_anonymise',
  'session_end',
  'second_factor_enrol',
  'second_factor_disable',
  'second_factor_reset',
  'recovery_code_used',
  'login_refused',
  'session_replayed',
  'password_check_failed',
  'bulk_read',
  'invite',
  'invitation_accepted',
  'password_reset_requested',
  'password_reset',
] as const;

const AUDIT_ENTITIES = [
  'organisations',
  'contacts',
  'users',
  'cases',
  'meetings',
  'tasks',
  'assessments',
  'recognitions',
  'programmes',
  'referrals',
] as const;

export const auditActionChoices = AUDIT_ACTIONS.map((id) => ({ id, name: `traject.audit.actions.${id}` }));
export const auditEntityChoices = AUDIT_ENTITIES.map((id) => ({ id, name: `traject.audit.entities.${id}` }));

/** The screens a record of an entity opens on, when there is one. */
export const RECORD_PATHS: Record<string, (id: string) => string> = {
  organisations: (id) => `/organisations/${id}/show`,
  cases: (id) => `/cases/${id}/show`,
  meetings: (id) => `/meetings/${id}/show`,
  contacts: (id) => `/contacts/${id}`,
  tasks: (id) => `/tasks/${id}`,
};

/** A day (YYYY-MM-DD) of a date filter as the instant the API compares with: its start, or its end. */
export function dayBound(day: string, end: boolean): string {
  const [year, month, date] = day.split('-').map(Number);
  return (end ? new Date(year, month - 1, date, 23, 59, 59, 999) : new Date(year, month - 1, date)).toISOString();
}

/** The local day of an instant, for the date inputs. */
export function localDay(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
