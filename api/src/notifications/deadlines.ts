import { EntityManager } from 'typeorm';

export interface Deadline {
  /** Stable per deadline: announced once. */
  key: string;
  organisationId: string;
  organisationName: string;
  /** `renewal`, `activity_report` or `balance_claim`. */
  what: string;
  /** The recognition kind the deadline belongs to. */
  kind: string;
  /** YYYY-MM-DD */
  on: string;
}

/** Renewal windows opening, as the domain's clock stored them (`renewalWindowDates`: kinds renewed by a window only). */
const RENEWALS = `
  SELECT 'renewal:' || r.id AS key, o.id AS "organisationId", o.name AS "organisationName", 'renewal' AS what, r.kind,
         to_char(r.renewal_opens_on, 'YYYY-MM-DD') AS "on"
    FROM recognitions r JOIN organisations o ON o.id = r.organisation_id
   WHERE o.advisor_id = $1 AND r.status = 'approved' AND r.renewal_opens_on IS NOT NULL
     AND r.renewal_opens_on BETWEEN (now() AT TIME ZONE 'Europe/Brussels')::date - 7 AND (now() AT TIME ZONE 'Europe/Brussels')::date + 14`;

/** Yearly obligations (activity report, balance claim) kept by the recognitions concept, when it keeps them. */
const OBLIGATIONS = `
  SELECT 'obligation:' || b.id AS key, o.id AS "organisationId", o.name AS "organisationName", b.obligation AS what, r.kind,
         to_char(b.due_on, 'YYYY-MM-DD') AS "on"
    FROM recognition_obligations b JOIN recognitions r ON r.id = b.recognition_id JOIN organisations o ON o.id = b.organisation_id
   WHERE o.advisor_id = $1 AND b.done_on IS NULL AND b.due_on BETWEEN (now() AT TIME ZONE 'Europe/Brussels')::date AND (now() AT TIME ZONE 'Europe/Brussels')::date + 30`;

/** The renewal windows opening and obligations falling due on a person's organisations (those whose open case they hold). */
async function upcomingDeadlines(manager: EntityManager, userId: string): Promise<Deadline[]> {
  const [{ obligations }] = await manager.query(
    `SELECT to_regclass('recognition_obligations') IS NOT NULL AS obligations`,
  );
  const sql = obligations ? `${RENEWALS} UNION ALL ${OBLIGATIONS}` : RENEWALS;
  return manager.query(`SELECT * FROM (${sql}) d ORDER BY d."on", d."organisationName"`, [userId]);
}

/** The deadlines not announced to this person yet (each is named in the params of the mail that announced it). */
export async function deadlinesOf(manager: EntityManager, userId: string): Promise<Deadline[]> {
  const all = await upcomingDeadlines(manager, userId);
  if (!all.length) return [];
  const announced = await manager.query(
    `SELECT DISTINCT jsonb_array_elements_text(params->'keys') AS key FROM notifications WHERE user_id = $1 AND kind = 'organisation-deadlines'`,
    [userId],
  );
  const seen = new Set(announced.map((row: { key: string }) => row.key));
  return all.filter((deadline) => !seen.has(deadline.key));
}
