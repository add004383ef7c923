import { RECOGNITION_STATUSES, recognitionLifecycle, RecognitionStatus } from '../../api/src/domain/recognition-rules';
import {
  REFERRAL_STATUSES,
  referralLifecycle,
  referralMoveRule,
  ReferralStatus,
} from '../../api/src/domain/referral-rules';

const ALLOWED_RECOGNITION: Array<[RecognitionStatus, RecognitionStatus]> = [
  ['preparing', 'submitted'],
  ['preparing', 'withdrawn'],
  ['submitted', 'under_review'],
  ['submitted', 'incomplete'],
  ['submitted', 'withdrawn'],
  ['incomplete', 'submitted'],
  ['incomplete', 'withdrawn'],
  ['under_review', 'approved'],
  ['under_review', 'refused'],
  ['under_review', 'incomplete'],
  ['under_review', 'withdrawn'],
  ['approved', 'expired'],
  ['approved', 'withdrawn'],
];

describe('the recognition lifecycle', () => {
  const pairs = RECOGNITION_STATUSES.flatMap((from) =>
    RECOGNITION_STATUSES.filter((to) => to !== from).map((to) => [from, to] as [RecognitionStatus, RecognitionStatus]),
  );
  it.each(pairs)('%s -> %s is allowed exactly when DOMAIN.md says so', (from, to) => {
    const allowed = ALLOWED_RECOGNITION.some(([a, b]) => a === from && b === to);
    expect(recognitionLifecycle.refusal(from, to) === null).toBe(allowed);
  });

  it('names the allowed moves when refusing', () => {
    expect(recognitionLifecycle.refusal('preparing', 'approved')).toBe(
      'A recognition file cannot move from preparing to approved; from preparing it can move to submitted, withdrawn',
    );
    expect(recognitionLifecycle.refusal('refused', 'submitted')).toBe(
      'A recognition file that is refused cannot move any more',
    );
    expect(recognitionLifecycle.isFinal('expired')).toBe(true);
  });
});

describe('the referral lifecycle', () => {
  const ALLOWED: Array<[ReferralStatus, ReferralStatus]> = [
    ['proposed', 'sent'],
    ['sent', 'accepted'],
    ['accepted', 'in_progress'],
    ['in_progress', 'completed'],
    ['sent', 'declined'],
    ['proposed', 'cancelled'],
    ['sent', 'cancelled'],
    ['accepted', 'cancelled'],
    ['in_progress', 'cancelled'],
  ];
  const pairs = REFERRAL_STATUSES.flatMap((from) =>
    REFERRAL_STATUSES.filter((to) => to !== from).map((to) => [from, to] as [ReferralStatus, ReferralStatus]),
  );
  it.each(pairs)('%s -> %s is allowed exactly when DOMAIN.md says so', (from, to) => {
    expect(referralLifecycle.refusal(from, to) === null).toBe(ALLOWED.some(([a, b]) => a === from && b === to));
  });

  it('completing needs an outcome, declining and cancelling a reason; the server stamps the dates', () => {
    expect(referralMoveRule('completed')).toEqual({ needs: 'outcome', stamps: 'completedOn' });
    expect(referralMoveRule('declined')).toEqual({ needs: 'reason', stamps: 'respondedOn' });
    expect(referralMoveRule('accepted')).toEqual({ stamps: 'respondedOn' });
    expect(referralMoveRule('cancelled')).toEqual({ needs: 'reason' });
  });
});
