import type { Language } from '../../../api/src/domain/languages';
import type { Role } from '../../../api/src/domain/roles';

export type { Language, Role };

/** A staff member as the API sends it (`/api/auth/me`, `/api/users/{id}`). */
export interface User {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  language: Language;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What login, refresh and password change answer. */
export interface SessionGrant {
  accessToken: string;
  expiresIn: number;
  user: User;
}
