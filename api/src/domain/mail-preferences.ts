/** The mails a person may switch on or off (their template and column), with their defaults. */
export const MAIL_PREFERENCES = {
  taskAssigned: { column: 'task_assigned', template: 'task-assigned', default: true },
  tasksDue: { column: 'tasks_due', template: 'tasks-due', default: true },
  organisationDeadlines: { column: 'organisation_deadlines', template: 'organisation-deadlines', default: true },
  coordinatorDigest: { column: 'coordinator_digest', template: 'coordinator-digest', default: true },
  weeklyDigest: { column: 'weekly_digest', template: 'weekly-digest', default: false },
} as const;

export type PreferenceName = keyof typeof MAIL_PREFERENCES;
export const PREFERENCE_NAMES = Object.keys(MAIL_PREFERENCES) as PreferenceName[];
