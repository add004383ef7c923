import { ListSpec } from '../common/list/list-spec';
import { INTAKE_LANGUAGES, INTAKE_STATUSES, INTAKE_TOPICS } from '../domain/intake';

export const intakesList: ListSpec = {
  resource: 'intakes',
  fields: {
    id: { column: 'i.id', type: 'uuid' },
    status: { column: 'i.status', type: 'enum', values: INTAKE_STATUSES },
    topics: { column: 'i.topics', type: 'array', values: INTAKE_TOPICS, sortable: false },
    language: { column: 'i.language', type: 'enum', values: INTAKE_LANGUAGES },
    organisationName: { column: 'i.organisation_name', sortColumn: 'lower(i.organisation_name)', type: 'text' },
    lastName: { column: 'i.last_name', sortColumn: 'lower(i.last_name)', type: 'text' },
    email: { column: 'i.email', type: 'text' },
    submittedAt: { column: 'i.submitted_at', type: 'datetime' },
    organisationId: { column: 'i.organisation_id', type: 'uuid' },
  },
  search: `i.first_name || ' ' || i.last_name || ' ' || i.email || ' ' || i.organisation_name`,
  defaultSort: { field: 'submittedAt', order: 'DESC' },
};
