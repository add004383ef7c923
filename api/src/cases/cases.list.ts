import { ListSpec } from '../common/list/list-spec';
import { SECTORS } from '../domain/organisation-codes';
import { CASE_PRIORITIES, CASE_STAGES, CASE_STATUSES } from '../domain/case-rules';

const organisation = (column: string) => `(SELECT o.${column} FROM organisations o WHERE o.id = c.organisation_id)`;

export const casesList: ListSpec = {
  resource: 'cases',
  fields: {
    id: { column: 'c.id', type: 'uuid' },
    organisationId: { column: 'c.organisation_id', type: 'uuid' },
    title: { column: 'c.title', sortColumn: 'lower(c.title)', type: 'text' },
    stage: { column: 'c.stage', type: 'enum', values: CASE_STAGES },
    status: { column: 'c.status', type: 'enum', values: CASE_STATUSES },
    advisorId: { column: 'c.advisor_id', type: 'uuid' },
    coordinatorId: { column: 'c.coordinator_id', type: 'uuid' },
    priority: { column: 'c.priority', type: 'enum', values: CASE_PRIORITIES },
    openedOn: { column: 'c.opened_on', type: 'date' },
    closedOn: { column: 'c.closed_on', type: 'date' },
    nextActionOn: { column: 'c.next_action_on', type: 'date' },
    createdAt: { column: 'c.created_at', type: 'datetime' },
    updatedAt: { column: 'c.updated_at', type: 'datetime' },
    /** No meeting with the organisation for 60 days (or none at all). */
    stalled: {
      column: `coalesce(${organisation('last_meeting_at')} < now() - interval '60 days', true)`,
      type: 'boolean',
      sortable: false,
    },
    sectors: { column: organisation('sectors'), type: 'array', values: SECTORS, sortable: false },
    municipality: { column: organisation('municipality'), type: 'text', sortable: false },
  },
  search: `c.title || ' ' || coalesce(c.summary, '')`,
  defaultSort: { field: 'openedOn', order: 'DESC' },
};
