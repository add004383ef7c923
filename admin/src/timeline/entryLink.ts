import type { TimelineEntry } from '../dataProvider';

/** Where an entry leads: the meeting, the case, the task; other types are shown without a link. */
export function linkOf(entry: Pick<TimelineEntry, 'type' | 'refId'>): string | null {
  if (!entry.refId) return null;
  if (entry.type === 'meeting') return `/meetings/${entry.refId}/show`;
  if (entry.type.startsWith('case_')) return `/cases/${entry.refId}/show`;
  if (entry.type.startsWith('task_')) return `/tasks/${entry.refId}`;
  if (entry.type.startsWith('assessment_')) return `/assessments/${entry.refId}/show`;
  return null;
}
