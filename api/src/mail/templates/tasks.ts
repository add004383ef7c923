import type { MailTemplate } from '../mail-template';

/** A task given to someone by someone else. Params: taskId, taskTitle, assignerName, organisationName?, dueOn?. */
export const taskAssigned: MailTemplate = {
  link: '/tasks/{{taskId}}/show',
  subject: 'mail.task_assigned.subject',
  intro: ['mail.task_assigned.intro'],
  action: 'mail.task_assigned.action',
};

/** The morning reminder. Params: dueTomorrow[], overdue[] (each title, organisationName?, dueOn), dueTomorrowCount, overdueCount. */
export const tasksDue: MailTemplate = {
  link: '/tasks',
  subject: 'mail.tasks_due.subject',
  intro: ['mail.tasks_due.intro'],
  lists: [
    { key: 'dueTomorrow', heading: 'mail.tasks_due.due_tomorrow', item: 'mail.task_line' },
    { key: 'overdue', heading: 'mail.tasks_due.overdue', item: 'mail.task_line' },
  ],
  action: 'mail.tasks_due.action',
};
