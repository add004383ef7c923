import { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

interface AuditFact {
  userId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
}

/** Writes one audit line with the caller's manager, so it commits or rolls back with the change. */
export async function recordAudit(manager: EntityManager, fact: AuditFact): Promise<void> {
  await manager.insert(AuditEntry, { at: new Date(), entityId: null, changes: null, ...fact } as never);
}
