import {
  CASE_PRIORITIES as PRIORITIES,
  CASE_STATUSES,
  type CasePriority as Priority,
  type CaseStatus,
} from '../../../api/src/domain/case-rules';
import { STAGES } from '../organisations/codes';

/** The codes of a support journey (API.md `cases`); labels under `traject.<kind>.<code>`. */
export const OPEN_STAGES = STAGES.filter((stage) => stage !== 'closed');
export { CASE_STATUSES, PRIORITIES, type CaseStatus, type Priority };

function choicesOf(codes: readonly string[], kind: string) {
  return codes.map((id) => ({ id, name: `traject.${kind}.${id}` }));
}

export const openStageChoices = choicesOf(OPEN_STAGES, 'stages');
export const caseStatusChoices = choicesOf(CASE_STATUSES, 'case_statuses');
export const priorityChoices = choicesOf(PRIORITIES, 'priorities');
