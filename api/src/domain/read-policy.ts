import type { MessageCode } from './messages';
import type { Role } from './roles';

/**
 * Who reads what: one policy for every way a record leaves Traject (lists, one record, the search box,
 * CSV/XLSX exports, an organisation's timeline). Derived from what the exports enforced first
 * (contacts are exported by coordinators and admins only; an advisor exports the records of their own cases)
 * and from DOMAIN.md's roles (advisors meet entrepreneurs, coordinators run the journeys, managers report
 * to the Region, admins administer).
 *
 * For each role and concept:
 * - `records`: which records the role reads at all (`own`: see {@link OWN_RECORDS});
 * - `personalFields`: of those, the records whose personal fields ({@link PERSONAL_FIELDS}) it reads;
 *   elsewhere they are left out of the answer (projected away), and cannot be filtered, sorted or searched on;
 * - `export`: which records its CSV/XLSX export holds (`none`: the export is refused), with the same fields.
 * What carries another record's words is read as that record ({@link RECORDS_KEPT_WITH}, {@link FIELDS_MADE_FROM}).
 * Framework-free: the API applies it in one place (api/src/read-policy), the console reads it to hide columns.
 */
export const READ_CONCEPTS = [
  'organisations',
  'contacts',
  'cases',
  'meetings',
  'assessments',
  'recognitions',
  'referrals',
  'tasks',
  'documents',
] as const;
export type ReadConcept = (typeof READ_CONCEPTS)[number];

type Reach = 'all' | 'own' | 'none';

interface ReadRule {
  records: 'all' | 'own';
  personalFields: Reach;
  export: Reach;
}

/** The fields of a concept that are a person's data beyond their name: what projection removes. */
export const PERSONAL_FIELDS: Record<ReadConcept, readonly string[]> = {
  organisations: [],
  // A contact's name and job title say who to ask for; how to reach them and what was noted about them are theirs.
  contacts: ['email', 'phone', 'notes'],
  cases: [],
  // What was said in a meeting: the words that name people and their situation.
  meetings: ['subject', 'notes', 'outcomes', 'nextSteps'],
  assessments: [],
  recognitions: [],
  referrals: [],
  tasks: [],
  documents: [],
};

/** Concepts whose records are people's data: reading many of them at once is written to the audit log. */
export const PERSONAL_CONCEPTS: readonly ReadConcept[] = ['contacts', 'meetings'];

/** What "own" means for an advisor, in words (the API states the same in SQL, api/src/read-policy/own-records.ts). */
export const OWN_RECORDS: Record<ReadConcept, string> = {
  organisations: 'organisations where they hold a case',
  contacts: 'contacts they created, or of organisations where they hold a case',
  cases: 'cases assigned to them',
  meetings: 'meetings they wrote or took part in, or of organisations where they hold a case',
  assessments: 'assessments they wrote, or of organisations where they hold a case',
  recognitions: 'recognition files of organisations where they hold a case',
  referrals: 'referrals they made, or of organisations where they hold a case',
  tasks: 'tasks assigned to them or created by them',
  documents: 'documents they uploaded, or of organisations where they hold a case',
};

/** Records kept with a record of another concept, named by their `link` field: read only where that record is read. */
interface KeptWith {
  link: string;
  concept: ReadConcept;
}

export const RECORDS_KEPT_WITH: Partial<Record<ReadConcept, KeptWith>> = {
  // A paper kept with a meeting is that meeting's: not listed, read, downloaded, searched or put in a dossier by
  // someone who may not read the meeting.
  documents: { link: 'meetingId', concept: 'meetings' },
};

/**
 * A field made from a personal field (`from`) of a linked record (`link`, of `concept`): read where that field of that
 * record is read, and by the user its `alsoReadBy` field names; elsewhere the answer holds the `neutral` words in the
 * reader's language instead (and a filter, sort or search on it tells nothing).
 */
interface MadeFrom {
  field: string;
  link: string;
  concept: ReadConcept;
  from: string;
  alsoReadBy: string;
  neutral: MessageCode;
}

export const FIELDS_MADE_FROM: Partial<Record<ReadConcept, MadeFrom>> = {
  // A follow-up task's title is "Follow up: <its meeting's subject>". Its assignee reads it: the meeting's author,
  // or whom the author or a coordinator handed the follow-up to (their list, calendar, reminders and mails show it).
  tasks: {
    field: 'title',
    link: 'meetingId',
    concept: 'meetings',
    from: 'subject',
    alsoReadBy: 'assigneeId',
    neutral: 'task.follow_up_hidden',
  },
};

const FULL: ReadRule = { records: 'all', personalFields: 'all', export: 'all' };
/** Tasks and documents have no CSV/XLSX export; who reads them is decided by what they are linked to (above). */
const NO_EXPORT: ReadRule = { records: 'all', personalFields: 'all', export: 'none' };
/** An advisor reads the register, and exports the records of their own cases. */
const ADVISOR_REGISTER: ReadRule = { records: 'all', personalFields: 'all', export: 'own' };

const READ_POLICY: Record<Role, Record<ReadConcept, ReadRule>> = {
  advisor: {
    organisations: ADVISOR_REGISTER,
    // Names of everyone (to recognise a person who calls); e-mail, phone and notes of their own contacts only.
    contacts: { records: 'all', personalFields: 'own', export: 'none' },
    cases: ADVISOR_REGISTER,
    // Another advisor's meetings are theirs: not listed, not found, not searched, not on the timeline, not exported.
    meetings: { records: 'own', personalFields: 'all', export: 'own' },
    assessments: ADVISOR_REGISTER,
    recognitions: ADVISOR_REGISTER,
    referrals: ADVISOR_REGISTER,
    tasks: NO_EXPORT,
    documents: NO_EXPORT,
  },
  coordinator: {
    organisations: FULL,
    contacts: FULL,
    cases: FULL,
    meetings: FULL,
    assessments: FULL,
    recognitions: FULL,
    referrals: FULL,
    tasks: NO_EXPORT,
    documents: NO_EXPORT,
  },
  manager: {
    organisations: FULL,
    // Managers report: who the people are, never how to reach them; no contacts export.
    contacts: { records: 'all', personalFields: 'none', export: 'none' },
    cases: FULL,
    meetings: FULL,
    assessments: FULL,
    recognitions: FULL,
    referrals: FULL,
    tasks: NO_EXPORT,
    documents: NO_EXPORT,
  },
  admin: {
    organisations: FULL,
    contacts: FULL,
    cases: FULL,
    meetings: FULL,
    assessments: FULL,
    recognitions: FULL,
    referrals: FULL,
    tasks: NO_EXPORT,
    documents: NO_EXPORT,
  },
};

export function readRule(role: Role, concept: ReadConcept): ReadRule {
  return READ_POLICY[role][concept];
}

/** A list answer of a personal concept with more rows than this is a bulk read, audited like an export. */
export const DEFAULT_BULK_READ_ROWS = 100;

export function isBulkRead(concept: ReadConcept, rows: number, threshold: number): boolean {
  return PERSONAL_CONCEPTS.includes(concept) && rows > threshold;
}
