import type { Role } from './roles';

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

/** The roles, most rights first: a person whose provider claim maps to several gets the first. */
export const ROLE_PRECEDENCE: readonly Role[] = ['admin', 'coordinator', 'manager', 'advisor'];
export type TrajectRole = Role;

/**
 * The role for an account created at first sign-in through the provider: from the role claim (a string
 * or a list) through the configured map, a value naming a role itself counting too; else `advisor`.
 */
export function roleFromClaim(claim: unknown, map: Record<string, TrajectRole>): TrajectRole {
  const values = (Array.isArray(claim) ? claim : [claim]).filter((v): v is string => typeof v === 'string');
  const roles = values
    .map((v) => map[v] ?? (ROLE_PRECEDENCE as readonly string[]).find((r) => r === v))
    .filter(Boolean);
  return ROLE_PRECEDENCE.find((role) => roles.includes(role)) ?? 'advisor';
}

/** Why a sign-in through the provider was refused (the sign-in page explains each). */
export const PROVIDER_REFUSALS = [
  'unknown_user',
  'deactivated',
  'failed',
  'unavailable',
  'cancelled',
  'email_taken',
] as const;
export type ProviderRefusal = (typeof PROVIDER_REFUSALS)[number];
