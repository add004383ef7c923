/**
 * Referrals to the partners admins keep (API.md `referrals`). The statuses, lifecycle (per partner kind)
 * and what each move needs are the API's own rule file (pure), so the buttons offer what the server allows.
 */
import type { PartnerKind } from '../../../api/src/domain/partners';
import { PROGRAMME_STAGES } from '../../../api/src/domain/programme-codes';
import {
  REFERRAL_STATUSES,
  referralLifecycleFor,
  referralMoveRule,
  type ReferralStatus,
} from '../../../api/src/domain/referral-rules';

export { REFERRAL_STATUSES, type ReferralStatus };
/** A partner's code (`coopcity`, `bissib`, or one an admin added): GET /api/partners. */
export type Partner = string;

/** The moves a referral in this status can make (a network's referral may go from sent to completed). */
export const nextReferralStatuses = (
  status: ReferralStatus,
  kind: PartnerKind | undefined = 'programme',
): readonly ReferralStatus[] => referralLifecycleFor(kind).next(status);

/** What a move asks for: the outcome to complete, a reason to decline or cancel. */
export const needsOf = (status: ReferralStatus): 'outcome' | 'reason' | undefined => referralMoveRule(status).needs;

export interface Referral {
  id: string;
  organisationId: string;
  caseId: string | null;
  partner: Partner;
  programmeId: string | null;
  status: ReferralStatus;
  referredOn: string;
  respondedOn: string | null;
  completedOn: string | null;
  referredById: string | null;
  outcome: string | null;
  reason: string | null;
  version: number;
}

export { PROGRAMME_STAGES };

export interface Programme {
  id: string;
  partner: Partner;
  name: string;
  stage: (typeof PROGRAMME_STAGES)[number];
  description: string | null;
  active: boolean;
  version: number;
}

export const referralStatusChoices = REFERRAL_STATUSES.map((id) => ({ id, name: `traject.referrals.statuses.${id}` }));
export const programmeStageChoices = PROGRAMME_STAGES.map((id) => ({ id, name: `traject.programmes.stages.${id}` }));

/** Row and chip colours per status, after react-admin's demo reviews (pending amber, accepted green, rejected red). */
export const STATUS_COLOURS: Record<
  ReferralStatus,
  { chip: 'default' | 'info' | 'primary' | 'success' | 'warning' | 'error'; border: string }
> = {
  proposed: { chip: 'default', border: '#9e9e9e' },
  sent: { chip: 'warning', border: '#ed6c02' },
  accepted: { chip: 'info', border: '#0288d1' },
  in_progress: { chip: 'primary', border: '#1565c0' },
  completed: { chip: 'success', border: '#2e7d32' },
  declined: { chip: 'error', border: '#d32f2f' },
  cancelled: { chip: 'default', border: '#616161' },
};
