import { assessmentsList } from '../assessments';
import { casesList } from '../cases';
import { ListSpec } from '../common/list/list-spec';
import { contactsList } from '../contacts';
import { meetingsList } from '../meetings';
import { organisationsList } from '../organisations';
import { recognitionsList } from '../recognitions';
import { referralsList } from '../referrals';
import type { ReadConcept } from '../domain/read-policy';
import type { ExportValue } from './export-cells';

/** A column of an export: its header and the SQL that gives it (relations as labels, dates in ISO form). */
export interface ExportColumn {
  /** The machine name: the header of `?codes=true`, the key of its words in EXPORT_HEADERS. */
  header: string;
  /** For a day or a moment (`as`), the column itself: {@link columnSql} writes it for the export's form. */
  sql: string;
  /** How the cell reads in words (codes as labels, Belgian days…); plain text when not said. */
  as?: ExportValue;
  /** A column of only one of the two forms (the municipality's NIS code and its two names, or its name in the language). */
  only?: 'codes' | 'words';
  /** Long free text: a wide XLSX column. */
  long?: boolean;
}

/**
 * One export. Who exports it, which records and which fields is the read policy's (api/src/domain/read-policy.ts,
 * applied by api/src/common/read-policy): a column whose header names a personal field is projected like that field.
 */
export interface ReportExport {
  name: ReadConcept;
  /** The list whose `filter` and `sort` the export takes, so it exports exactly what the list shows. */
  list: ListSpec;
  table: string;
  alias: string;
  /** [table, alias, on] */
  joins: Array<[string, string, string]>;
  columns: ExportColumn[];
}

const number = (sql: string) =>
  `CASE WHEN ${sql} IS NULL THEN NULL ELSE substr(${sql}, 1, 4) || '.' || substr(${sql}, 5, 3) || '.' || substr(${sql}, 8) END`;
const list = (sql: string) => `array_to_string(${sql}, '|')`;
const person = (alias: string) => `${alias}.full_name`;
const organisationOf = (alias: string): Array<[string, string, string]> => [
  ['organisations', 'org', `org.id = ${alias}.organisation_id`],
];
const organisationColumns: ExportColumn[] = [
  { header: 'organisation', sql: 'org.name' },
  { header: 'enterpriseNumber', sql: number('org.enterprise_number') },
];

export const REPORT_EXPORTS: ReportExport[] = [
  {
    name: 'organisations',
    list: organisationsList,
    table: 'organisations',
    alias: 'o',
    joins: [
      ['users', 'adv', 'adv.id = o.advisor_id'],
      ['municipalities', 'mun', 'mun.nis_code = o.municipality'],
    ],
    columns: [
      { header: 'id', sql: 'o.id' },
      { header: 'name', sql: 'o.name' },
      { header: 'enterpriseNumber', sql: number('o.enterprise_number') },
      { header: 'legalForm', sql: 'o.legal_form', as: { code: 'legalForm' } },
      { header: 'sectors', sql: list('o.sectors'), as: { codes: 'sector' } },
      { header: 'description', sql: 'o.description', long: true },
      { header: 'street', sql: 'o.street' },
      { header: 'postcode', sql: 'o.postcode' },
      { header: 'municipality', sql: 'json_build_array(mun.name_fr, mun.name_nl)', as: 'names', only: 'words' },
      { header: 'municipalityNis', sql: 'o.municipality', only: 'codes' },
      { header: 'municipalityFr', sql: 'mun.name_fr', only: 'codes' },
      { header: 'municipalityNl', sql: 'mun.name_nl', only: 'codes' },
      { header: 'stage', sql: 'o.stage', as: { code: 'stage' } },
      { header: 'advisor', sql: person('adv') },
      { header: 'recognitionStatus', sql: 'o.recognition_status', as: { code: 'organisationRecognition' } },
      { header: 'lastMeetingAt', sql: 'o.last_meeting_at', as: 'moment' },
      { header: 'foundedOn', sql: 'o.founded_on', as: 'day' },
      { header: 'employeesFte', sql: 'o.employees_fte', as: 'number' },
      { header: 'volunteers', sql: 'o.volunteers', as: 'number' },
      { header: 'languages', sql: list('o.languages'), as: { codes: 'language' } },
      { header: 'tags', sql: list('o.tags'), as: 'words' },
      { header: 'archived', sql: 'o.archived', as: 'boolean' },
      { header: 'createdAt', sql: 'o.created_at', as: 'moment' },
    ],
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
      { header: 'language', sql: 'c.language', as: { code: 'language' } },
      { header: 'isPrimary', sql: 'c.is_primary', as: 'boolean' },
      { header: 'legalBasis', sql: 'c.legal_basis', as: { code: 'legalBasis' } },
      { header: 'consentGivenAt', sql: 'c.consent_given_at', as: 'moment' },
      { header: 'anonymisedAt', sql: 'c.anonymised_at', as: 'moment' },
      { header: 'createdAt', sql: 'c.created_at', as: 'moment' },
    ],
  },
  {
    name: 'cases',
    list: casesList,
    table: 'cases',
    alias: 'c',
    joins: [
      ...organisationOf('c'),
      ['users', 'adv', 'adv.id = c.advisor_id'],
      ['users', 'coo', 'coo.id = c.coordinator_id'],
    ],
    columns: [
      { header: 'id', sql: 'c.id' },
      ...organisationColumns,
      { header: 'title', sql: 'c.title' },
      { header: 'stage', sql: 'c.stage', as: { code: 'stage' } },
      { header: 'status', sql: 'c.status', as: { code: 'caseStatus' } },
      { header: 'advisor', sql: person('adv') },
      { header: 'coordinator', sql: person('coo') },
      { header: 'priority', sql: 'c.priority', as: { code: 'priority' } },
      { header: 'openedOn', sql: 'c.opened_on', as: 'day' },
      { header: 'closedOn', sql: 'c.closed_on', as: 'day' },
      { header: 'closeReason', sql: 'c.close_reason' },
      { header: 'nextActionOn', sql: 'c.next_action_on', as: 'day' },
      { header: 'summary', sql: 'c.summary', long: true },
    ],
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
      { header: 'occurredAt', sql: 'm.occurred_at', as: 'moment' },
      { header: 'channel', sql: 'm.channel', as: { code: 'channel' } },
      { header: 'author', sql: person('aut') },
      { header: 'subject', sql: 'm.subject' },
      { header: 'durationMinutes', sql: 'm.duration_minutes', as: 'number' },
      { header: 'notes', sql: 'm.notes', long: true },
      { header: 'outcomes', sql: 'm.outcomes', long: true },
      { header: 'nextSteps', sql: 'm.next_steps', long: true },
      { header: 'followUpOn', sql: 'm.follow_up_on', as: 'day' },
    ],
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
      { header: 'assessedOn', sql: 'a.assessed_on', as: 'day' },
      { header: 'status', sql: 'a.status', as: { code: 'assessmentStatus' } },
      { header: 'verdict', sql: 'a.verdict', as: { code: 'verdict' } },
      { header: 'economic', sql: `a.pillars ->> 'economic'`, as: { code: 'rating' } },
      { header: 'social', sql: `a.pillars ->> 'social'`, as: { code: 'rating' } },
      { header: 'governance', sql: `a.pillars ->> 'governance'`, as: { code: 'rating' } },
      { header: 'wageRatio', sql: 'a.wage_ratio', as: 'number' },
      { header: 'finalisedAt', sql: 'a.finalised_at', as: 'moment' },
    ],
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
      { header: 'kind', sql: 'r.kind', as: { code: 'recognitionKind' } },
      { header: 'status', sql: 'r.status', as: { code: 'recognitionStatus' } },
      { header: 'term', sql: 'r.term', as: { code: 'recognitionTerm' } },
      { header: 'submittedOn', sql: 'r.submitted_on', as: 'day' },
      { header: 'decisionOn', sql: 'r.decision_on', as: 'day' },
      { header: 'validFrom', sql: 'r.valid_from', as: 'day' },
      { header: 'validUntil', sql: 'r.valid_until', as: 'day' },
      { header: 'reference', sql: 'r.reference' },
    ],
  },
  {
    name: 'referrals',
    list: referralsList,
    table: 'referrals',
    alias: 'f',
    joins: [
      ...organisationOf('f'),
      ['programmes', 'pro', 'pro.id = f.programme_id'],
      ['partners', 'par', 'par.id = f.partner'],
      ['users', 'ref', 'ref.id = f.referred_by_id'],
    ],
    columns: [
      { header: 'id', sql: 'f.id' },
      ...organisationColumns,
      { header: 'partner', sql: 'f.partner', only: 'codes' },
      { header: 'partner', sql: 'json_build_array(par.name_fr, par.name_nl)', as: 'names', only: 'words' },
      { header: 'programme', sql: 'pro.name' },
      { header: 'status', sql: 'f.status', as: { code: 'referralStatus' } },
      { header: 'referredOn', sql: 'f.referred_on', as: 'day' },
      { header: 'respondedOn', sql: 'f.responded_on', as: 'day' },
      { header: 'completedOn', sql: 'f.completed_on', as: 'day' },
      { header: 'outcome', sql: 'f.outcome' },
      { header: 'reason', sql: 'f.reason' },
      { header: 'referredBy', sql: person('ref') },
    ],
  },
];

/**
 * A column's SQL in one form of the export. Days and moments: ISO text for `codes` and for XLSX (which turns
 * them into real dates); Belgian text in Brussels time for a CSV in words, written by PostgreSQL: formatting
 * 100,000 dates in JavaScript was a third of a 50,000-row export's time.
 */
export function columnSql(column: ExportColumn, dates: 'iso' | 'belgian'): string {
  const { sql, as } = column;
  if (as === 'day') return dates === 'belgian' ? `to_char(${sql}, 'DD/MM/YYYY')` : `to_char(${sql}, 'YYYY-MM-DD')`;
  if (as === 'moment')
    return dates === 'belgian'
      ? `to_char(${sql} AT TIME ZONE 'Europe/Brussels', 'DD/MM/YYYY HH24:MI')`
      : `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  return sql;
}
