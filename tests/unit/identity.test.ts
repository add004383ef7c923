import { roleFromClaim, secondFactorRequired } from '../../api/src/domain/identity';

describe('who must use a second factor', () => {
  it.each([
    ['admin', 'admin', true],
    ['admin', 'coordinator', false],
    ['all', 'advisor', true],
    ['none', 'admin', false],
  ] as const)('MFA_REQUIRED=%s, role %s: %s', (policy, role, required) =>
    expect(secondFactorRequired(policy, role)).toBe(required),
  );
});

describe('the role of an account created at first sign-in', () => {
  const map = { 'traject-coordinators': 'coordinator', 'traject-admins': 'admin' } as const;
  it('maps claim values, a list or one string, the most rights first; a role name maps to itself; advisor otherwise', () => {
    expect(roleFromClaim(['staff', 'traject-coordinators'], map)).toBe('coordinator');
    expect(roleFromClaim(['traject-coordinators', 'traject-admins'], map)).toBe('admin');
    expect(roleFromClaim('manager', map)).toBe('manager');
    expect(roleFromClaim(['staff'], map)).toBe('advisor');
    expect(roleFromClaim(undefined, map)).toBe('advisor');
    expect(roleFromClaim({ role: 'admin' }, map)).toBe('advisor');
  });
});
