import type { MailTemplate } from '../mail-template';
import { coordinatorDigest, organisationDeadlines, weeklyDigest } from './digests';
import { intakeReceived } from './intake';
import { taskAssigned, tasksDue } from './tasks';

/**
 * Every mail Traject sends, by name. A concept adds its own: a MailTemplate (link and words in French,
 * Dutch and English) in a file of this folder, named here.
 */
export const MAIL_TEMPLATES = {
  'task-assigned': taskAssigned,
  'tasks-due': tasksDue,
  'organisation-deadlines': organisationDeadlines,
  'coordinator-digest': coordinatorDigest,
  'weekly-digest': weeklyDigest,
  'intake-received': intakeReceived,
} satisfies Record<string, MailTemplate>;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
