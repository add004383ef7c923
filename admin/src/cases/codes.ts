import { STAGES } from '../organisations/codes';

/** The codes of a support journey (API.md `cases`); labels under `traject.<kind>.<code>`. */
export const OPEN_STAGES = STAGES.filter((stage) => stage !== 'closed');
export const CASE_STATUSES = ['open', 'on_hold', 'closed'] as const;
export const PRIORITIES = ['low', 'normal', 'high'] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];

function choicesOf(codes: readonly string[], kind: string) {
  return codes.map((id) => ({ id, name: `traject.${kind}.${id}` }));
}

export const openStageChoices = choicesOf(OPEN_STAGES, 'stages');
export const caseStatusChoices = choicesOf(CASE_STATUSES, 'case_statuses');
export const priorityChoices = choicesOf(PRIORITIES, 'priorities');
