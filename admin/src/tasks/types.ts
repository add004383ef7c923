import { TASK_STATUSES, type TaskStatus } from '../../../api/src/domain/task-codes';

export { TASK_STATUSES, type TaskStatus };
export const taskStatusChoices = TASK_STATUSES.map((id) => ({ id, name: `traject.task_statuses.${id}` }));

/** A task as the API sends it (`/api/tasks`). */
export interface Task {
  id: string;
  organisationId: string | null;
  caseId: string | null;
  meetingId: string | null;
  title: string;
  dueOn: string | null;
  assigneeId: string | null;
  status: TaskStatus;
  completedAt: string | null;
  createdById: string | null;
  version: number;
}
