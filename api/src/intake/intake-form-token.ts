import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The form carries the time it was served, signed with the server's secret, so a submission can prove how long
 * the visitor had it open: people need more than a few seconds, scripts do not wait.
 */
export function issueFormToken(secret: string, now = Date.now()): string {
  const issuedAt = String(now);
  return `${issuedAt}.${sign(secret, issuedAt)}`;
}

type FormTokenCheck = 'ok' | 'too_fast' | 'invalid';

export function checkFormToken(secret: string, token: unknown, minSeconds: number, now = Date.now()): FormTokenCheck {
  if (typeof token !== 'string' || token.length > 100) return 'invalid';
  const [issuedAt, signature] = token.split('.');
  if (!issuedAt || !signature || !/^\d{1,15}$/.test(issuedAt)) return 'invalid';
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now - Number(issuedAt);
  if (age < 0 || age > 24 * 3600 * 1000) return 'invalid';
  return age < minSeconds * 1000 ? 'too_fast' : 'ok';
}

function sign(secret: string, issuedAt: string): string {
  return createHmac('sha256', `intake-form:${secret}`).update(issuedAt).digest('base64url');
}
