import type { MailTemplate } from '../mail-template';

/** Renewal windows opening and obligations falling due on my organisations. Params: deadlines[] (organisationName, what, kind?, on). */
export const organisationDeadlines: MailTemplate = {
  link: '/recognitions',
  subject: 'mail.organisation_deadlines.subject',
  intro: ['mail.organisation_deadlines.intro'],
  lists: [
    { key: 'deadlines', heading: 'mail.organisation_deadlines.heading', item: 'mail.organisation_deadlines.item' },
  ],
  action: 'mail.organisation_deadlines.action',
};

/** Coordinators' morning digest. Params: unassigned[] (organisationName, title, openedOn), stalled[] (organisationName, advisorName?, lastMeetingOn?). */
export const coordinatorDigest: MailTemplate = {
  link: '/cases',
  subject: 'mail.coordinator_digest.subject',
  intro: ['mail.coordinator_digest.intro'],
  lists: [
    {
      key: 'unassigned',
      heading: 'mail.coordinator_digest.unassigned',
      item: 'mail.coordinator_digest.unassigned_item',
    },
    { key: 'stalled', heading: 'mail.coordinator_digest.stalled', item: 'mail.coordinator_digest.stalled_item' },
  ],
  action: 'mail.coordinator_digest.action',
};

/** The weekly digest of my week ahead. Params: tasks[] (due this week), meetingsCount (logged last week), files[] (organisationName, kind, status). */
export const weeklyDigest: MailTemplate = {
  link: '/',
  subject: 'mail.weekly_digest.subject',
  intro: ['mail.weekly_digest.intro'],
  lists: [
    { key: 'tasks', heading: 'mail.weekly_digest.tasks', item: 'mail.task_line' },
    { key: 'files', heading: 'mail.weekly_digest.files', item: 'mail.weekly_digest.files_item' },
  ],
  action: 'mail.weekly_digest.action',
};
