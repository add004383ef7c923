import { ForbiddenException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { coded } from '../common/errors/coded-error';

/**
 * The journey's records (assessments, recognition files, referrals) are changed by the advisor
 * assigned to the organisation's open case, or by a coordinator or an admin; everyone else reads.
 */
export async function assertAssignedOrCoordinator(manager: EntityManager, organisationId: string, user: SignedInUser): Promise<void> {
  if (user.role === 'coordinator' || user.role === 'admin') return;
  if (user.role === 'advisor') {
    const [assigned] = await manager.query(`SELECT 1 FROM cases WHERE organisation_id = $1 AND status <> 'closed' AND advisor_id = $2`, [organisationId, user.id]);
    if (assigned) return;
  }
  throw new ForbiddenException(coded('case.not_assigned_to_organisation'));
}

/** The advisor of an organisation's open case, if any: who gets the reminders. */
export async function assignedAdvisor(manager: EntityManager, organisationId: string): Promise<string | null> {
  const [row] = await manager.query(`SELECT advisor_id FROM cases WHERE organisation_id = $1 AND status <> 'closed'`, [organisationId]);
  return row?.advisor_id ?? null;
}
