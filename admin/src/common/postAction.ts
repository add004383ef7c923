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
