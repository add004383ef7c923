import { FILED_STATUSES } from '../domain/recognition-rules';

/**
 * "Renewal due" as SQL on a recognitions alias, for lists and the dashboard: the same definition as
 * `renewalWindow` in domain/recognition-rules. The window's dates are kept on each file by the API from
 * the kind's clock, so no month arithmetic happens here; a mandate is due once its renewal file carries
 * the Minister's call deadline; federal approvals never are.
 */
export function renewalDueSql(r: string): string {
  return `(${r}.status = 'approved' AND (${r}.valid_until IS NULL OR ${r}.valid_until >= current_date) AND (${r}.renewal_opens_on <= current_date
    OR (${r}.kind = 'brussels_esi_mandate' AND EXISTS (SELECT 1 FROM recognitions rn WHERE rn.previous_id = ${r}.id AND rn.call_deadline IS NOT NULL AND rn.status NOT IN ('withdrawn', 'refused')))))`;
}

/** Late: due, past the late date (or the call deadline), and no renewal file has reached `submitted`. */
export function renewalLateSql(r: string): string {
  const filed = FILED_STATUSES.map((s) => `'${s}'`).join(', ');
  return `(${renewalDueSql(r)} AND NOT EXISTS (SELECT 1 FROM recognitions rf WHERE rf.previous_id = ${r}.id AND rf.status IN (${filed}))
    AND (${r}.renewal_late_from <= current_date
      OR EXISTS (SELECT 1 FROM recognitions rc WHERE rc.previous_id = ${r}.id AND rc.call_deadline < current_date AND rc.status NOT IN ('withdrawn', 'refused'))))`;
}
