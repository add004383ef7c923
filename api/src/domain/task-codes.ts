export const TASK_STATUSES = ['todo', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
