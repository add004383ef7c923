/**
 * Who must use a second factor with a local password (MFA_REQUIRED), and the shape of the codes a
 * person types. Pure: the API and the console share it.
 */
export const SECOND_FACTOR_POLICIES = ['admin', 'all', 'none'] as const;
export type SecondFactorPolicy = (typeof SECOND_FACTOR_POLICIES)[number];

export function secondFactorRequired(policy: SecondFactorPolicy, role: string): boolean {
  return policy === 'all' || (policy === 'admin' && role === 'admin');
}

/** A code from the authenticator app: six digits (spaces a person types are ignored). */
export const TOTP_CODE = /^\d{6}$/;

/** A recovery code: four groups of four letters and digits (`k7p2-q9xm-4hvd-c3ta`), case and dashes ignored. */
export const RECOVERY_CODE = /^[a-z0-9]{16}$/;
export const RECOVERY_CODE_COUNT = 10;

/** The code as typed, without spaces and dashes, lower case. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toLowerCase();
}
