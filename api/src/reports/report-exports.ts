import { assessmentsList } from '../assessments/assessments.list';
import { casesList } from '../cases/cases.list';
import { ListSpec } from '../common/list/list-spec';
import { contactsList } from '../contacts/contacts.list';
import { meetingsList } from '../meetings/meetings.list';
import { organisationsList } from '../organisations/organisations.list';
import { recognitionsList } from '../recognitions/recognitions.list';
import { referralsList } from '../referrals/referrals.list';
import type { Role } from '../domain/roles';

/** A column of an export: its header and the SQL that gives it (relations as labels, dates in ISO form). */
export interface ExportColumn {
  header: string;
  sql: string;
}

export interface ReportExport {
  name: string;
  /** The list whose `filter` and `sort` the export takes, so it exports exactly what the list shows. */
  list: ListSpec;
  table: string;
  alias: string;
  /** [table, alias, on] */
  joins: Array<[string, string, string]>;
  columns: ExportColumn[];
  /** An advisor exports only what belongs to their own cases. */
  advisorScope: string;
  /** Personal data: only these roles, and every export is audited. */
  personalData?: boolean;
  roles: readonly Role[];
}

const day = (sql: string) => `to_char(${sql}, 'YYYY-MM-DD')`;
const moment = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const number = (sql: string) => `CASE WHEN ${sql} IS NULL THEN NULL ELSE substr(${sql}, 1, 4) || '.' || substr(${sql}, 5, 3) || '.' || substr(${sql}, 8) END`;
const list = (sql: string) => `array_to_string(${sql}, '|')`;
const person = (alias: string) => `${alias}.full_name`;
const organisationOf = (alias: string): Array<[string, string, string]> => [['organisations', 'org', `org.id = ${alias}.organisation_id`]];
const organisationColumns: ExportColumn[] = [
  { header: 'organisation', sql: 'org.name' },
  { header: 'enterpriseNumber', sql: number('org.enterprise_number') },
];
const EVERYONE: readonly Role[] = ['advisor', 'coordinator', 'manager', 'admin'];
const ownOrganisation = (alias: string) => `${alias}.organisation_id IN (SELECT organisation_id FROM cases WHERE advisor_id = :me)`;

export const REPORT_EXPORTS: ReportExport[] = [
  {
    name: 'organisations',
    list: organisationsList,
    table: 'organisations',
    alias: 'o',
    joins: [['users', 'adv', 'adv.id = o.advisor_id'], ['municipalities', 'mun', 'mun.nis_code = o.municipality']],
    columns: [
      { header: 'id', sql: 'o.id' },
      { header: 'name', sql: 'o.name' },
      { header: 'enterpriseNumber', sql: number('o.enterprise_number') },
      { header: 'legalForm', sql: 'o.legal_form' },
      { header: 'sectors', sql: list('o.sectors') },
      { header: 'description', sql: 'o.description' },
      { header: 'street', sql: 'o.street' },
      { header: 'postcode', sql: 'o.postcode' },
      { header: 'municipalityNis', sql: 'o.municipality' },
      { header: 'municipalityFr', sql: 'mun.name_fr' },
      { header: 'municipalityNl', sql: 'mun.name_nl' },
      { header: 'stage', sql: 'o.stage' },
      { header: 'advisor', sql: person('adv') },
      { header: 'recognitionStatus', sql: 'o.recognition_status' },
      { header: 'lastMeetingAt', sql: moment('o.last_meeting_at') },
      { header: 'foundedOn', sql: day('o.founded_on') },
      { header: 'employeesFte', sql: 'o.employees_fte' },
      { header: 'volunteers', sql: 'o.volunteers' },
      { header: 'languages', sql: list('o.languages') },
      { header: 'tags', sql: list('o.tags') },
      { header: 'archived', sql: 'o.archived' },
      { header: 'createdAt', sql: moment('o.created_at') },
    ],
    advisorScope: 'o.id IN (SELECT organisation_id FROM cases WHERE advisor_id = :me)',
    roles: EVERYONE,
  },
  {
    name: 'contacts',
    list: contactsList,
    table: 'contacts',
    alias: 'c',
    joins: organisationOf('c'),
    columns: [
      { header: 'id', sql: 'c.id' },
      ...organisationColumns,
      { header: 'firstName', sql: 'c.first_name' },
      { header: 'lastName', sql: 'c.last_name' },
      { header: 'jobTitle', sql: 'c.job_title' },
      { header: 'email', sql: 'c.email' },
      { header: 'phone', sql: 'c.phone' },
      { header: 'language', sql: 'c.language' },
      { header: 'isPrimary', sql: 'c.is_primary' },
      { header: 'legalBasis', sql: 'c.legal_basis' },
      { header: 'consentGivenAt', sql: moment('c.consent_given_at') },
      { header: 'anonymisedAt', sql: moment('c.anonymised_at') },
      { header: 'createdAt', sql: moment('c.created_at') },
    ],
    advisorScope: ownOrganisation('c'),
    personalData: true,
    roles: ['coordinator', 'admin'],
  },
  {
    name: 'cases',
    list: casesList,
    table: 'cases',
    alias: 'c',
    joins: [...organisationOf('c'), ['users', 'adv', 'adv.id = c.advisor_id'], ['users', 'coo', 'coo.id = c.coordinator_id']],
    columns: [
      { header: 'id', sql: 'c.id' },
      ...organisationColumns,
      { header: 'title', sql: 'c.title' },
      { header: 'stage', sql: 'c.stage' },
      { header: 'status', sql: 'c.status' },
      { header: 'advisor', sql: person('adv') },
      { header: 'coordinator', sql: person('coo') },
      { header: 'priority', sql: 'c.priority' },
      { header: 'openedOn', sql: day('c.opened_on') },
      { header: 'closedOn', sql: day('c.closed_on') },
      { header: 'closeReason', sql: 'c.close_reason' },
      { header: 'nextActionOn', sql: day('c.next_action_on') },
      { header: 'summary', sql: 'c.summary' },
    ],
    advisorScope: 'c.advisor_id = :me',
    roles: EVERYONE,
  },
  {
    name: 'meetings',
    list: meetingsList,
    table: 'meetings',
    alias: 'm',
    joins: [...organisationOf('m'), ['users', 'aut', 'aut.id = m.author_id']],
    columns: [
      { header: 'id', sql: 'm.id' },
      ...organisationColumns,
      { header: 'occurredAt', sql: moment('m.occurred_at') },
      { header: 'channel', sql: 'm.channel' },
      { header: 'author', sql: person('aut') },
      { header: 'subject', sql: 'm.subject' },
      { header: 'durationMinutes', sql: 'm.duration_minutes' },
      { header: 'notes', sql: 'm.notes' },
      { header: 'outcomes', sql: 'm.outcomes' },
      { header: 'nextSteps', sql: 'm.next_steps' },
      { header: 'followUpOn', sql: day('m.follow_up_on') },
    ],
    advisorScope: `(m.author_id = :me OR ${ownOrganisation('m')})`,
    roles: EVERYONE,
  },
  {
    name: 'assessments',
    list: assessmentsList,
    table: 'assessments',
    alias: 'a',
    joins: [...organisationOf('a'), ['users', 'ass', 'ass.id = a.assessor_id']],
    columns: [
      { header: 'id', sql: 'a.id' },
      ...organisationColumns,
      { header: 'assessor', sql: person('ass') },
      { header: 'assessedOn', sql: day('a.assessed_on') },
      { header: 'status', sql: 'a.status' },
      { header: 'verdict', sql: 'a.verdict' },
      { header: 'economic', sql: `a.pillars ->> 'economic'` },
      { header: 'social', sql: `a.pillars ->> 'social'` },
      { header: 'governance', sql: `a.pillars ->> 'governance'` },
      { header: 'wageRatio', sql: 'a.wage_ratio' },
      { header: 'finalisedAt', sql: moment('a.finalised_at') },
    ],
    advisorScope: `(a.assessor_id = :me OR ${ownOrganisation('a')})`,
    roles: EVERYONE,
  },
  {
    name: 'recognitions',
    list: recognitionsList,
    table: 'recognitions',
    alias: 'r',
    joins: organisationOf('r'),
    columns: [
      { header: 'id', sql: 'r.id' },
      ...organisationColumns,
      { header: 'kind', sql: 'r.kind' },
      { header: 'status', sql: 'r.status' },
      { header: 'term', sql: 'r.term' },
      { header: 'submittedOn', sql: day('r.submitted_on') },
      { header: 'decisionOn', sql: day('r.decision_on') },
      { header: 'validFrom', sql: day('r.valid_from') },
      { header: 'validUntil', sql: day('r.valid_until') },
      { header: 'reference', sql: 'r.reference' },
    ],
    advisorScope: ownOrganisation('r'),
    roles: EVERYONE,
  },
  {
    name: 'referrals',
    list: referralsList,
    table: 'referrals',
    alias: 'f',
    joins: [...organisationOf('f'), ['programmes', 'pro', 'pro.id = f.programme_id'], ['users', 'ref', 'ref.id = f.referred_by_id']],
    columns: [
      { header: 'id', sql: 'f.id' },
      ...organisationColumns,
      { header: 'partner', sql: 'f.partner' },
      { header: 'programme', sql: 'pro.name' },
      { header: 'status', sql: 'f.status' },
      { header: 'referredOn', sql: day('f.referred_on') },
      { header: 'respondedOn', sql: day('f.responded_on') },
      { header: 'completedOn', sql: day('f.completed_on') },
      { header: 'outcome', sql: 'f.outcome' },
      { header: 'reason', sql: 'f.reason' },
      { header: 'referredBy', sql: person('ref') },
    ],
    advisorScope: `(f.referred_by_id = :me OR ${ownOrganisation('f')})`,
    roles: EVERYONE,
  },
];
