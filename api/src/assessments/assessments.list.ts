import { ListSpec } from '../common/list/list-spec';

export const assessmentsList: ListSpec = {
  resource: 'assessments',
  fields: {
    id: { column: 'a.id', type: 'uuid' },
    organisationId: { column: 'a.organisation_id', type: 'uuid' },
    caseId: { column: 'a.case_id', type: 'uuid' },
    assessorId: { column: 'a.assessor_id', type: 'uuid' },
    status: { column: 'a.status', type: 'enum', values: ['draft', 'final'] },
    verdict: { column: 'a.verdict', type: 'enum', values: ['meets', 'partly_meets', 'does_not_meet'] },
    reviewStatus: { column: 'a.review_status', type: 'enum', values: ['agreed', 'returned'] },
    assessedOn: { column: 'a.assessed_on', type: 'date' },
    wageRatio: { column: 'a.wage_ratio', type: 'number' },
    finalisedAt: { column: 'a.finalised_at', type: 'datetime' },
    createdAt: { column: 'a.created_at', type: 'datetime' },
  },
  defaultSort: { field: 'assessedOn', order: 'DESC' },
};
