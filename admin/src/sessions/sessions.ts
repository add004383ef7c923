import { httpClient } from '../auth/httpClient';

/** An open session as the API lists it (`GET /api/auth/sessions`, `GET /api/users/{id}/sessions`). */
export interface OpenSession {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  address: string | null;
  browser: string | null;
  os: string | null;
  method: 'password' | 'oidc';
  current: boolean;
}

/** Where the sessions of one person are read and ended: mine, or (admins) anyone's. */
export interface SessionsEndpoint {
  list(): Promise<OpenSession[]>;
  end(id: string): Promise<void>;
  endOthers(): Promise<number>;
}

export const mySessions: SessionsEndpoint = {
  list: async () => (await httpClient('/api/auth/sessions')).json as OpenSession[],
  end: async (id) => void (await httpClient(`/api/auth/sessions/${id}`, { method: 'DELETE' })),
  endOthers: async () =>
    ((await httpClient('/api/auth/sessions/end-others', { method: 'POST' })).json as { ended: number }).ended,
};

export function userSessions(userId: string): SessionsEndpoint {
  const base = `/api/users/${userId}/sessions`;
  return {
    list: async () => (await httpClient(base)).json as OpenSession[],
    end: async (id) => void (await httpClient(`${base}/${id}`, { method: 'DELETE' })),
    endOthers: async () => ((await httpClient(base, { method: 'DELETE' })).json as { ended: number }).ended,
  };
}
