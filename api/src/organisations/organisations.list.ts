import { ListSpec } from '../common/list/list-spec';
import { BRUSSELS_SPECIAL_POSTCODES } from '../domain/brussels-postcodes';
import { KBO_ALERTS } from '../domain/kbo-situations';
import { LANGUAGES } from '../domain/languages';
import { LEGAL_FORMS, SECTORS } from '../domain/organisation-codes';

const CASE_STAGES = ['intake', 'diagnosis', 'assessment', 'recognition', 'referral', 'follow_up', 'closed'] as const;
const RECOGNITION_STATUSES = [
  'preparing',
  'submitted',
  'incomplete',
  'under_review',
  'approved',
  'refused',
  'expired',
  'withdrawn',
] as const;

export const organisationsList: ListSpec = {
  resource: 'organisations',
  fields: {
    id: { column: 'o.id', type: 'uuid' },
    name: { column: 'o.name', sortColumn: 'lower(o.name)', type: 'text' },
    enterpriseNumber: { column: 'o.enterprise_number', type: 'text' },
    legalForm: { column: 'o.legal_form', type: 'enum', values: LEGAL_FORMS },
    sectors: { column: 'o.sectors', type: 'array', values: SECTORS, sortable: false },
    languages: { column: 'o.languages', type: 'array', values: LANGUAGES, sortable: false },
    tags: { column: 'o.tags', type: 'array', sortable: false },
    postcode: { column: 'o.postcode', type: 'text' },
    municipality: { column: 'o.municipality', type: 'text' },
    outsideBrussels: {
      column: `(o.postcode IS NOT NULL AND o.postcode NOT IN (SELECT postcode FROM postcodes) AND o.postcode NOT IN (${BRUSSELS_SPECIAL_POSTCODES.map((p) => `'${p}'`).join(', ')}))`,
      type: 'boolean',
      sortable: false,
    },
    stage: { column: 'o.stage', type: 'enum', values: CASE_STAGES },
    advisorId: { column: 'o.advisor_id', type: 'uuid' },
    recognitionStatus: { column: 'o.recognition_status', type: 'enum', values: RECOGNITION_STATUSES },
    archived: { column: 'o.archived', type: 'boolean' },
    // What the KBO says (after a load): filter `{"kboAlert": ["bankruptcy", "stopped"]}`.
    kboAlert: {
      column: '(SELECT w.alert FROM kbo_watch w WHERE w.organisation_id = o.id)',
      type: 'enum',
      values: KBO_ALERTS,
      sortable: false,
    },
    employeesFte: { column: 'o.employees_fte', type: 'number' },
    foundedOn: { column: 'o.founded_on', type: 'date' },
    registeredOn: { column: 'o.registered_on', type: 'date' },
    lastMeetingAt: { column: 'o.last_meeting_at', type: 'datetime' },
    createdAt: { column: 'o.created_at', type: 'datetime' },
    updatedAt: { column: 'o.updated_at', type: 'datetime' },
  },
  search: { folded: 'o.search_folded' },
  defaultSort: { field: 'name', order: 'ASC' },
};
