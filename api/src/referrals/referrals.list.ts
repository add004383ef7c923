import { ListSpec } from '../common/list/list-spec';
import { REFERRAL_STATUSES } from '../domain/referral-rules';

export const referralsList: ListSpec = {
  resource: 'referrals',
  fields: {
    id: { column: 'f.id', type: 'uuid' },
    organisationId: { column: 'f.organisation_id', type: 'uuid' },
    caseId: { column: 'f.case_id', type: 'uuid' },
    /** A partner's id (GET /api/partners). */
    partner: { column: 'f.partner', type: 'text' },
    programmeId: { column: 'f.programme_id', type: 'uuid' },
    status: { column: 'f.status', type: 'enum', values: REFERRAL_STATUSES },
    referredById: { column: 'f.referred_by_id', type: 'uuid' },
    referredOn: { column: 'f.referred_on', type: 'date' },
    respondedOn: { column: 'f.responded_on', type: 'date' },
    completedOn: { column: 'f.completed_on', type: 'date' },
    createdAt: { column: 'f.created_at', type: 'datetime' },
  },
  search: `coalesce(f.outcome, '') || ' ' || coalesce(f.reason, '')`,
  defaultSort: { field: 'referredOn', order: 'DESC' },
};
