import { HttpError } from 'react-admin';
import type { SessionGrant, User } from './types';

/**
 * The signed-in session, in memory only: the access token never touches storage.
 * A page reload has no token, so it asks /api/auth/refresh, which reads the httpOnly cookie.
 */
let accessToken: string | null = null;
let currentUser: User | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<User | null> | null = null;

/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_SECONDS = 60;

export function sessionToken(): string | null {
  return accessToken;
}

/** Takes a grant from login, refresh or password change; schedules the next refresh. */
export function startSession(grant: SessionGrant): User {
  accessToken = grant.accessToken;
  currentUser = grant.user;
  clearTimeout(refreshTimer);
  const delay = Math.max(grant.expiresIn - REFRESH_MARGIN_SECONDS, 5) * 1000;
  refreshTimer = setTimeout(() => void refreshSession(), delay);
  return grant.user;
}

export function endSession(): void {
  accessToken = null;
  currentUser = null;
  clearTimeout(refreshTimer);
}

/** One refresh at a time, however many requests hit a 401 together. Resolves null when signed out. */
export function refreshSession(): Promise<User | null> {
  refreshInFlight ??= askForRefresh()
    .then(async (response) => {
      if (!response.ok) {
        endSession();
        return null;
      }
      return startSession((await response.json()) as SessionGrant);
    })
    .catch(() => {
      endSession();
      return null;
    })
    .finally(() => {
      refreshInFlight = null;
    });
  return refreshInFlight;
}

/**
 * Another tab may have renewed the session a moment ago with the same cookie: the API then answers
 * `auth.session_rotated` and the browser already holds the new cookie, so asking once more succeeds.
 */
async function askForRefresh(): Promise<Response> {
  const ask = () => fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' });
  const first = await ask();
  if (first.status !== 401) return first;
  const body = (await first
    .clone()
    .json()
    .catch(() => null)) as { code?: string } | null;
  if (body?.code !== 'auth.session_rotated') return first;
  await new Promise((done) => setTimeout(done, 200));
  return ask();
}

/** The signed-in user, refreshing first when the page was just (re)loaded. */
export async function ensureSession(): Promise<User | null> {
  return currentUser && accessToken ? currentUser : refreshSession();
}

/** Raises react-admin's HttpError, keeping the API's `{message, errors}` body for the forms. */
export async function toHttpError(response: Response): Promise<HttpError> {
  const text = await response.text();
  let body: { message?: string | string[]; errors?: Record<string, string> } | undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const message = Array.isArray(body?.message) ? body.message.join(', ') : body?.message;
  return new HttpError(message || response.statusText, response.status, body);
}
