import type { SessionGrant } from '../auth/types';

/** What the password step answers when a second step remains (`POST /api/auth/login`). */
export interface PendingStep {
  step: 'second_factor' | 'enrol_second_factor';
  challenge: string;
}

export interface EnrolmentOffer {
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}

/** The step between the password and the session, shared by the auth provider and the sign-in page. */
let pending: PendingStep | null = null;
const listeners = new Set<() => void>();

export const pendingStep = () => pending;

export function setPendingStep(step: PendingStep | null): void {
  pending = step;
  listeners.forEach((listener) => listener());
}

export function onPendingStep(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** POSTs JSON without a token; an error carries the API's status and `code`. */
export async function post<T>(url: string, body: object, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(token && { Authorization: `Bearer ${token}` }),
    },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  const json = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok)
    throw Object.assign(new Error(json?.message ?? response.statusText), {
      status: response.status,
      code: json?.code,
      errors: json?.errors,
    });
  return json as T;
}

export type GrantWithCodes = SessionGrant & { recoveryCodes?: string[] };
