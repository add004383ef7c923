import type { EntityManager } from 'typeorm';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../domain';

/** The language a user reads Traject in (French for no user): server-written tasks and notes are worded in it. */
export async function userLanguage(manager: EntityManager, userId: string | null | undefined): Promise<Language> {
  if (!userId) return DEFAULT_LANGUAGE;
  const [user] = await manager.query(`SELECT language FROM users WHERE id = $1`, [userId]);
  return isLanguage(user?.language) ? user.language : DEFAULT_LANGUAGE;
}
