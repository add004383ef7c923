import { IsNull, type EntityManager } from 'typeorm';
import { Session } from './session.entity';

/** Ends every open session of a user inside the caller's transaction (a password changed, an account deactivated). */
export async function revokeSessionsOf(manager: EntityManager, userId: string): Promise<void> {
  await manager.getRepository(Session).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
}
