import { httpClient } from '../auth/httpClient';

/**
 * A POST to one of the API's actions (`/finalise`, `/move`, `/review`); answers the JSON.
 * Errors come back as react-admin HttpErrors carrying the API's `{message, errors, allowed}` body.
 */
export async function postAction<T = unknown>(path: string, body: unknown = {}): Promise<T> {
  const { json } = await httpClient(`/api${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as T;
}

export async function getJson<T = unknown>(path: string): Promise<T> {
  const { json } = await httpClient(`/api${path}`);
  return json as T;
}

/** The message to show for a failed action: a field error when there is one, else the API's message. */
export function errorMessage(error: unknown): string {
  const body = (error as { body?: { message?: string | string[]; errors?: Record<string, string> } })?.body;
  const fieldError = body?.errors && Object.values(body.errors)[0];
  if (fieldError) return fieldError;
  const message = Array.isArray(body?.message) ? body?.message.join(', ') : body?.message;
  return message || (error as Error)?.message || 'ra.notification.http_error';
}
