import type { Language } from '../domain/languages';
import type { Role } from '../domain/roles';

/** One fictional colleague per role, signed in with DEMO_PASSWORD; only ever created in demo mode. */
export const DEMO_PASSWORD = 'traject-demo-2026';

export const DEMO_USERS: ReadonlyArray<{ email: string; fullName: string; role: Role; language: Language }> = [
  { email: 'advisor@demo.traject.brussels', fullName: 'Sarah El Amrani', role: 'advisor', language: 'fr' },
  { email: 'advisor2@demo.traject.brussels', fullName: 'Pieter Janssens', role: 'advisor', language: 'nl' },
  { email: 'coordinator@demo.traject.brussels', fullName: 'Joke Peeters', role: 'coordinator', language: 'nl' },
  { email: 'manager@demo.traject.brussels', fullName: 'Marc Van den Broeck', role: 'manager', language: 'fr' },
  { email: 'admin@demo.traject.brussels', fullName: 'Amélie Dubois', role: 'admin', language: 'en' },
];
