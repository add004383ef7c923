import { ListSpec } from '../common/list/list-spec';
import { TASK_STATUSES } from '../domain/task-codes';

export const tasksList: ListSpec = {
  resource: 'tasks',
  fields: {
    id: { column: 't.id', type: 'uuid' },
    organisationId: { column: 't.organisation_id', type: 'uuid' },
    caseId: { column: 't.case_id', type: 'uuid' },
    meetingId: { column: 't.meeting_id', type: 'uuid' },
    assigneeId: { column: 't.assignee_id', type: 'uuid' },
    createdById: { column: 't.created_by_id', type: 'uuid' },
    status: { column: 't.status', type: 'enum', values: TASK_STATUSES },
    dueOn: { column: 't.due_on', type: 'date' },
    /** Still to do and due before today. */
    overdue: { column: `(t.status = 'todo' AND t.due_on < current_date)`, type: 'boolean', sortable: false },
    title: { column: 't.title', sortColumn: 'lower(t.title)', type: 'text' },
    completedAt: { column: 't.completed_at', type: 'datetime' },
    createdAt: { column: 't.created_at', type: 'datetime' },
  },
  search: 't.title',
  defaultSort: { field: 'dueOn', order: 'ASC' },
};
