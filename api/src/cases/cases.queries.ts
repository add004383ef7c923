import { ForbiddenException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { coded, fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import { isLead } from '../domain/record-policies';

/**
 * The journey's records (assessments, recognition files, referrals) are changed by the advisor
 * assigned to the organisation's open case, or by a coordinator or an admin; everyone else reads.
 */
export async function assertAssignedOrCoordinator(
  manager: EntityManager,
  organisationId: string,
  user: SignedInUser,
): Promise<void> {
  if (!(await isAssignedOrCoordinator(manager, organisationId, user)))
    throw new ForbiddenException(coded('case.not_assigned_to_organisation'));
}

/** Whether `user` may change the organisation's journey records (see assertAssignedOrCoordinator). */
export async function isAssignedOrCoordinator(
  manager: EntityManager,
  organisationId: string,
  user: SignedInUser,
): Promise<boolean> {
  if (isLead(user)) return true;
  if (user.role !== 'advisor') return false;
  const [assigned] = await manager.query(
    `SELECT 1 FROM cases WHERE organisation_id = $1 AND status <> 'closed' AND advisor_id = $2`,
    [organisationId, user.id],
  );
  return !!assigned;
}

/** The advisor of an organisation's open case, if any: who gets the reminders. */
export async function assignedAdvisor(manager: EntityManager, organisationId: string): Promise<string | null> {
  const [row] = await manager.query(`SELECT advisor_id FROM cases WHERE organisation_id = $1 AND status <> 'closed'`, [
    organisationId,
  ]);
  return row?.advisor_id ?? null;
}

/** The organisation's open case (at most one: the database sees to it), if any. */
export async function openCaseOf(manager: EntityManager, organisationId: string): Promise<string | null> {
  const [open] = await manager.query(`SELECT id FROM cases WHERE organisation_id = $1 AND status <> 'closed'`, [
    organisationId,
  ]);
  return open?.id ?? null;
}

/** A `caseId` given with a record must be a case of the record's organisation (400 on `caseId` otherwise). */
export async function assertCaseOf(
  manager: EntityManager,
  caseId: string | null | undefined,
  organisationId: string | null | undefined,
): Promise<void> {
  if (!caseId || !organisationId) return;
  const [found] = await manager.query(`SELECT 1 FROM cases WHERE id = $1 AND organisation_id = $2`, [
    caseId,
    organisationId,
  ]);
  if (!found) throw new ValidationFailed({ caseId: fieldError('case.not_of_organisation') });
}
