import { suggestedStage } from '../../api/src/domain/stage-suggestion';

const none = { assessment: null, recognitionSubmitted: false, referralSent: false } as const;

describe('proposing the case stage the work shows', () => {
  it.each([
    ['intake', none, null],
    ['intake', { ...none, assessment: 'draft' }, 'assessment'],
    ['intake', { ...none, assessment: 'final', recognitionSubmitted: true }, 'recognition'],
    ['diagnosis', { ...none, assessment: 'final' }, 'recognition'],
    ['intake', { ...none, referralSent: true, assessment: 'final' }, 'referral'],
    ['recognition', { ...none, assessment: 'final', recognitionSubmitted: true }, null],
    ['follow_up', { ...none, referralSent: true }, null],
    ['closed', { ...none, referralSent: true }, null],
  ] as const)('a case at %s with %j: %s', (stage, work, expected) => {
    expect(suggestedStage(stage, work)).toBe(expected);
  });
});
