import type { MailTemplate } from '../mail-template';
import { coordinatorDigest, organisationDeadlines, weeklyDigest } from './digests';
import { intakeReceived } from './intake';
import { taskAssigned, tasksDue } from './tasks';
import { passwordReset, userInvitation } from './users';

/**
 * Every mail Traject sends, by name. A concept adds its own: a MailTemplate (its link and the codes of
 * its words) in a file of this folder, named here, and its words in api/src/domain/messages/mails.ts.
 */
export const MAIL_TEMPLATES = {
  'task-assigned': taskAssigned,
  'tasks-due': tasksDue,
  'organisation-deadlines': organisationDeadlines,
  'coordinator-digest': coordinatorDigest,
  'weekly-digest': weeklyDigest,
  'intake-received': intakeReceived,
  'user-invitation': userInvitation,
  'password-reset': passwordReset,
} satisfies Record<string, MailTemplate>;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
