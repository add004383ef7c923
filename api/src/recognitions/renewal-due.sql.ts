import { FILED_STATUSES } from '../domain/recognition-rules';

/**
 * "Renewal due" as SQL on a recognitions alias, for lists and the dashboard: the same definition as
 * `renewalWindow` in domain/recognition-rules. The window's dates are kept on each file by the API from
 * the kind's clock, so no month arithmetic happens here; a mandate is due once its renewal file carries
 * the Minister's call deadline; federal approvals never are.
 */
export function renewalDueSql(r: string): string {
  const [windowOpen, called] = renewalDueCasesSql(r);
  return `(${windowOpen} OR ${called})`;
}

/**
 * The two ways a file is due, each readable through its own index: its renewal window has opened (the partial
 * index on approved files' renewal_opens_on, migration CoverOverviewReads), or it is a mandate whose renewal
 * file carries the call deadline (recognitions_call_deadline_idx). renewalDueSql is the two joined by OR.
 */
export function renewalDueCasesSql(r: string): [string, string] {
  const current = `${r}.status = 'approved' AND (${r}.valid_until IS NULL OR ${r}.valid_until >= current_date)`;
  return [
    `(${current} AND ${r}.renewal_opens_on <= current_date)`,
    `(${current} AND ${r}.kind = 'brussels_esi_mandate'
      AND EXISTS (SELECT 1 FROM recognitions rn WHERE rn.previous_id = ${r}.id AND rn.call_deadline IS NOT NULL AND rn.status NOT IN ('withdrawn', 'refused')))`,
  ];
}

/** Late: due, past the late date (or the call deadline), and no renewal file has reached `submitted`. */
export function renewalLateSql(r: string): string {
  const filed = FILED_STATUSES.map((s) => `'${s}'`).join(', ');
  return `(${renewalDueSql(r)} AND NOT EXISTS (SELECT 1 FROM recognitions rf WHERE rf.previous_id = ${r}.id AND rf.status IN (${filed}))
    AND (${r}.renewal_late_from <= current_date
      OR EXISTS (SELECT 1 FROM recognitions rc WHERE rc.previous_id = ${r}.id AND rc.call_deadline < current_date AND rc.status NOT IN ('withdrawn', 'refused'))))`;
}
