import { defineLifecycle, type Lifecycle } from './lifecycle';
import type { PartnerKind } from './partners';

/** A partner's id: its code. */
export type Partner = string;

export const REFERRAL_STATUSES = [
  'proposed',
  'sent',
  'accepted',
  'in_progress',
  'completed',
  'declined',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** proposed -> sent -> accepted -> in_progress -> completed; sent -> declined; any open status -> cancelled. */
export const referralLifecycle = defineLifecycle<ReferralStatus>('referral', {
  proposed: ['sent', 'cancelled'],
  sent: ['accepted', 'declined', 'cancelled'],
  accepted: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  declined: [],
  cancelled: [],
});

/** A network (like BISSIB) has no acceptance: a referral sent there may be completed directly. */
const networkReferralLifecycle = defineLifecycle<ReferralStatus>('referral to a network', {
  proposed: ['sent', 'cancelled'],
  sent: ['accepted', 'completed', 'declined', 'cancelled'],
  accepted: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  declined: [],
  cancelled: [],
});

/** The lifecycle of a referral to a partner of this kind. */
export const referralLifecycleFor = (kind: PartnerKind): Lifecycle<ReferralStatus> =>
  kind === 'network' ? networkReferralLifecycle : referralLifecycle;

/** What a move needs and which date the server stamps. */
export function referralMoveRule(to: ReferralStatus): {
  needs?: 'outcome' | 'reason';
  stamps?: 'respondedOn' | 'completedOn';
} {
  switch (to) {
    case 'accepted':
      return { stamps: 'respondedOn' };
    case 'declined':
      return { needs: 'reason', stamps: 'respondedOn' };
    case 'completed':
      return { needs: 'outcome', stamps: 'completedOn' };
    case 'cancelled':
      return { needs: 'reason' };
    default:
      return {};
  }
}
