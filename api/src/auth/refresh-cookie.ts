import type { Request, Response } from 'express';

/**
 * The refresh token lives in an httpOnly cookie scoped to /api/auth: the console stays
 * signed in through a working day without the browser keeping a password or a long-lived token
 * where scripts can read it.
 */
const REFRESH_COOKIE = 'traject_session';
const PATH = '/api/auth';

export function readRefreshCookie(req: Request): string | undefined {
  return readCookie(req, REFRESH_COOKIE);
}

export function readCookie(req: Request, cookie: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookie) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Whether cookies carry `Secure`: always when COOKIE_SECURE is on (the default outside development), since
 * behind a TLS-terminating proxy without TRUST_PROXY `req.secure` is false although the browser speaks HTTPS.
 */
export function secureCookie(req: Request, alwaysSecure: boolean): boolean {
  return alwaysSecure || req.secure;
}

export function setRefreshCookie(
  req: Request,
  res: Response,
  token: string,
  expiresAt: Date,
  alwaysSecure: boolean,
): void {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(req, alwaysSecure),
    path: PATH,
    expires: expiresAt,
  });
}

export function clearRefreshCookie(req: Request, res: Response, alwaysSecure: boolean): void {
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(req, alwaysSecure),
    path: PATH,
  });
}
