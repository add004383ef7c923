import { RECORD_WRITERS, type Role } from './roles';

/**
 * Per-record rights (API.md): who may change this case, meeting or task, hold or review an assessment. The API enforces them;
 * the console reads the same functions to offer only what the server will accept. The role table (which roles
 * reach an endpoint at all) is checked before these, so they only say what the record adds.
 */
export interface Actor {
  id: string | number;
  role?: Role | string;
}

/** Coordinators and admins: they open, assign and close cases, and may change every record of them. */
export const LEADS = ['coordinator', 'admin'] as const satisfies readonly Role[];

export function isLead(actor: { role?: Role | string } | undefined): boolean {
  return !!actor && (LEADS as readonly string[]).includes(actor.role ?? '');
}

/**
 * A case, and the records of its organisation (assessments, recognition files, referrals) while it is open,
 * are changed by a lead or by the advisor assigned to it. With no case (`null`), only by a lead.
 */
export function mayChangeCase(
  actor: Actor | undefined,
  kase: { advisorId: string | null } | null | undefined,
): boolean {
  return isLead(actor) || (!!actor && actor.role === 'advisor' && !!kase && kase.advisorId === actor.id);
}

/** A meeting note is its author's (and a lead's) to change or delete. */
export function mayChangeMeeting(actor: Actor | undefined, meeting: { authorId: string | null }): boolean {
  return isLead(actor) || (!!actor && meeting.authorId === actor.id);
}

/** A task is changed by its assignee, its creator or a lead. */
export function mayChangeTask(
  actor: Actor | undefined,
  task: { assigneeId: string | null; createdById: string | null },
): boolean {
  return isLead(actor) || (!!actor && (task.assigneeId === actor.id || task.createdById === actor.id));
}

/** A task is deleted by its creator or a lead (not by the assignee alone). */
export function mayDeleteTask(actor: Actor | undefined, task: { createdById: string | null }): boolean {
  return isLead(actor) || (!!actor && task.createdById === actor.id);
}

/** Who may hold an assessment: an active advisor, coordinator or admin (never a manager, never a deactivated account). */
export function mayActAsAssessor(user: { role: Role | string; active: boolean }): boolean {
  return user.active && (RECORD_WRITERS as readonly string[]).includes(user.role);
}

/** Four eyes: an assessment is reviewed by someone other than its assessor. */
export function mayReview(reviewerId: string, assessorId: string | null): boolean {
  return reviewerId !== assessorId;
}
