import { ListSpec } from '../common/list/list-spec';
import { RECOGNITION_KINDS, RECOGNITION_STATUSES, RECOGNITION_TERMS } from '../domain/recognition-rules';
import { renewalDueSql, renewalLateSql } from './renewal-due.sql';

export const recognitionsList: ListSpec = {
  resource: 'recognitions',
  fields: {
    id: { column: 'r.id', type: 'uuid' },
    organisationId: { column: 'r.organisation_id', type: 'uuid' },
    caseId: { column: 'r.case_id', type: 'uuid' },
    previousId: { column: 'r.previous_id', type: 'uuid' },
    kind: { column: 'r.kind', type: 'enum', values: RECOGNITION_KINDS },
    status: { column: 'r.status', type: 'enum', values: RECOGNITION_STATUSES },
    term: { column: 'r.term', type: 'enum', values: RECOGNITION_TERMS },
    submittedOn: { column: 'r.submitted_on', type: 'date' },
    decisionOn: { column: 'r.decision_on', type: 'date' },
    validFrom: { column: 'r.valid_from', type: 'date' },
    validUntil: { column: 'r.valid_until', type: 'date' },
    callDeadline: { column: 'r.call_deadline', type: 'date' },
    /** The one definition of domain/recognition-rules (window kept on the file, a mandate's call). */
    renewalDue: { column: renewalDueSql('r'), type: 'boolean', sortable: false },
    renewalLate: { column: renewalLateSql('r'), type: 'boolean', sortable: false },
    createdAt: { column: 'r.created_at', type: 'datetime' },
  },
  search: `coalesce(r.reference, '') || ' ' || coalesce(r.notes, '')`,
  defaultSort: { field: 'createdAt', order: 'DESC' },
};
