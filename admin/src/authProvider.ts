import type { AuthProvider } from 'react-admin';
import { canAccess } from './auth/canAccess';
import { endSession, ensureSession, refreshSession, startSession, toHttpError } from './auth/session';
import type { SessionGrant } from './auth/types';
import { rememberSignInLanguage } from './i18n/signInLanguage';
import { type PendingStep, setPendingStep } from './secondFactor/signInStep';

export const authProvider: AuthProvider = {
  async login({ username, email, password }: { username?: string; email?: string; password: string }) {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ email: (email ?? username ?? '').trim(), password }),
    });
    if (response.status === 401) throw new Error('traject.auth.invalid_credentials');
    if (response.status === 429) throw new Error('traject.auth.throttled');
    if (!response.ok) throw await toHttpError(response);
    const answer = (await response.json()) as SessionGrant | PendingStep;
    if ('challenge' in answer) {
      // A second step remains: the sign-in page shows it in place of the password form.
      setPendingStep(answer);
      return { redirectTo: false };
    }
    const user = startSession(answer);
    await rememberSignInLanguage(user.language);
  },

  async logout() {
    endSession();
    setPendingStep(null);
    const response = await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(
      () => undefined,
    );
    // A session begun at the organisation's provider: sign out there too (RP-initiated logout).
    if (response?.status === 200) {
      const { endSessionUrl } = (await response.json().catch(() => ({}))) as { endSessionUrl?: string };
      if (endSessionUrl?.startsWith('http')) return endSessionUrl;
    }
    return undefined;
  },

  async checkAuth() {
    if (!(await ensureSession())) throw new Error('ra.auth.auth_check_error');
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      // httpClient already tried a refresh; one more attempt covers calls made outside it.
      if (await refreshSession()) return;
      endSession();
      throw new Error('ra.notification.logged_out');
    }
    // 403 and everything else: stay signed in, the page shows the error.
  },

  async getIdentity() {
    const user = await ensureSession();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.fullName, email: user.email, role: user.role };
  },

  async getPermissions() {
    return (await ensureSession())?.role;
  },

  async canAccess({ action, resource, record }) {
    return canAccess((await ensureSession()) ?? undefined, resource, action, record);
  },
};
