import { httpClient } from '../auth/httpClient';
import { startSession } from '../auth/session';
import type { SessionGrant } from '../auth/types';

/** POST /api/auth/password: the answer is a fresh session (every older token is now dead). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const { json } = await httpClient('/api/auth/password', {
    method: 'POST',
    body: JSON.stringify({ currentPassword, newPassword }),
  });
  startSession(json as SessionGrant);
}
