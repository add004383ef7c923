import type { ReadConcept } from '../../domain/read-policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The table each concept is read from. */
export const CONCEPT_TABLES: Record<ReadConcept, string> = {
  organisations: 'organisations',
  contacts: 'contacts',
  cases: 'cases',
  meetings: 'meetings',
  assessments: 'assessments',
  recognitions: 'recognitions',
  referrals: 'referrals',
  tasks: 'tasks',
  documents: 'documents',
};

/** A record's field as its column (`meetingId` -> `meeting_id`). */
export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The signed-in user's id as an SQL literal (a checked UUID, so conditions need no parameters). */
export function userLiteral(userId: string): string {
  if (!UUID.test(userId)) throw new Error('read policy: user id is not a UUID');
  return `'${userId}'::uuid`;
}

/**
 * "Own records" of an advisor (OWN_RECORDS in api/src/domain/read-policy.ts says the same in words), as a SQL
 * condition on the concept's table under `alias`. The user id is a checked UUID written as a literal, so the
 * condition can be used in any query (list builders, cursors, UNIONs) without threading parameters through.
 */
export function ownRecordsSql(concept: ReadConcept, alias: string, userId: string): string {
  const me = userLiteral(userId);
  // Both forms of "organisation of one of my cases", on purpose (same rows): `= ANY(ARRAY(…))` can use the column's
  // index, also OR-ed with the other arms (a BitmapOr: an advisor with few meetings is found without reading all
  // 500,000), and `IN (…)`, written first, is a hashed lookup where rows are filtered one by one (walking the date
  // order, sampling an estimate), which the array's linear search is not. Measured on the bench data: README, issue 20.
  const ofOwnCase = (column: string) => {
    const mine = `SELECT organisation_id FROM cases WHERE advisor_id = ${me}`;
    return `(${alias}.${column} IN (${mine}) AND ${alias}.${column} = ANY(ARRAY(${mine})))`;
  };
  switch (concept) {
    case 'organisations':
      return `(${ofOwnCase('id')})`;
    case 'contacts':
      return `(${alias}.created_by_id = ${me} OR ${ofOwnCase('organisation_id')})`;
    case 'cases':
      return `(${alias}.advisor_id = ${me})`;
    case 'meetings':
      return `(${alias}.author_id = ${me} OR ${alias}.staff_ids @> ARRAY[${me}] OR ${ofOwnCase('organisation_id')})`;
    case 'assessments':
      return `(${alias}.assessor_id = ${me} OR ${ofOwnCase('organisation_id')})`;
    case 'recognitions':
      return `(${ofOwnCase('organisation_id')})`;
    case 'referrals':
      return `(${alias}.referred_by_id = ${me} OR ${ofOwnCase('organisation_id')})`;
    case 'tasks':
      return `(${alias}.assignee_id = ${me} OR ${alias}.created_by_id = ${me})`;
    case 'documents':
      return `(${alias}.uploaded_by_id = ${me} OR ${ofOwnCase('organisation_id')})`;
  }
}

/** What a concept's search matches when its personal fields are not read: the words that are not personal fields. */
export const NAME_SEARCH: Partial<Record<ReadConcept, (alias: string) => string>> = {
  contacts: (alias) => `${alias}.first_name || ' ' || ${alias}.last_name || ' ' || coalesce(${alias}.job_title, '')`,
};
