import type { MessageCode } from '../domain';
/**
 * The rules of a support journey, free of any database: the stages, who may change what,
 * and the events a change leaves.
 */
export const CASE_STAGES = [
  'intake',
  'diagnosis',
  'assessment',
  'recognition',
  'referral',
  'follow_up',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const CASE_STATUSES = ['open', 'on_hold', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_PRIORITIES = ['low', 'normal', 'high'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** Fields only a coordinator (or an admin) may change; the assigned advisor changes the rest. */
export const COORDINATOR_FIELDS = ['advisorId', 'coordinatorId', 'status', 'closeReason', 'organisationId'] as const;

/** What the assigned advisor may change on their case: the stage, the summary and the next action. */
const ADVISOR_CASE_FIELDS = ['stage', 'summary', 'nextActionOn'] as const;

/** Every field of a case a client may send; an advisor changing any but ADVISOR_CASE_FIELDS is refused. */
const CASE_WRITABLE_FIELDS = [
  'title',
  'stage',
  'status',
  'advisorId',
  'coordinatorId',
  'priority',
  'openedOn',
  'closeReason',
  'nextActionOn',
  'summary',
  'organisationId',
] as const;

/** The fields of `change` an advisor may not change (those that differ from `stored` outside ADVISOR_CASE_FIELDS). */
export function fieldsBeyondAdvisor(stored: Record<string, unknown>, change: Record<string, unknown>): string[] {
  return CASE_WRITABLE_FIELDS.filter(
    (field) =>
      !(ADVISOR_CASE_FIELDS as readonly string[]).includes(field) &&
      change[field] !== undefined &&
      (change[field] ?? null) !== (stored[field] ?? null),
  );
}

export type CaseEventKind = 'opened' | 'stage_changed' | 'assigned' | 'status_changed' | 'closed';
interface CaseEventDraft {
  kind: CaseEventKind;
  fromValue: string | null;
  toValue: string | null;
}

export interface CaseState {
  stage: CaseStage;
  status: CaseStatus;
  advisorId: string | null;
  closeReason: string | null;
}

type CaseChange = Partial<CaseState>;

/** Why a change to a case is refused, or null when it is allowed. Closing is a coordinator's act with a reason. */
export function refusedCaseChange(current: CaseState, change: CaseChange, byCoordinator: boolean): MessageCode | null {
  if (current.status === 'closed') return 'case.closed_stays_closed';
  const closing = change.status === 'closed' || change.stage === 'closed';
  if (closing && !byCoordinator) return 'case.close_needs_coordinator';
  if (closing && !(change.closeReason ?? current.closeReason)?.trim()) return 'case.close_needs_reason';
  if (change.status && change.status !== 'closed' && change.stage === 'closed')
    return 'case.closed_stage_needs_closed_status';
  return null;
}

/** The state after the change: closing through the stage or the status closes both. */
export function nextCaseState(current: CaseState, change: CaseChange): CaseState {
  const next = { ...current, ...change };
  if (change.status === 'closed' || change.stage === 'closed') {
    next.status = 'closed';
    next.stage = 'closed';
  }
  return next;
}

/** The events a change leaves: each stage change, (re)assignment, status change and closure. */
export function caseEvents(before: CaseState, after: CaseState): CaseEventDraft[] {
  const events: CaseEventDraft[] = [];
  if (after.status === 'closed' && before.status !== 'closed') {
    events.push({ kind: 'closed', fromValue: before.stage, toValue: after.closeReason });
    return events;
  }
  if (before.stage !== after.stage)
    events.push({ kind: 'stage_changed', fromValue: before.stage, toValue: after.stage });
  if (before.advisorId !== after.advisorId)
    events.push({ kind: 'assigned', fromValue: before.advisorId, toValue: after.advisorId });
  if (before.status !== after.status)
    events.push({ kind: 'status_changed', fromValue: before.status, toValue: after.status });
  return events;
}
