/** The bell, mail preferences, calendar feed, jobs and outbox (`traject.notifications`, `traject.calendar`, `traject.jobs`, `traject.outbox`). */
export const notificationsEn = {
  notifications: {
    bell: 'Notifications (%{smart_count} unread)',
    title: 'Notifications',
    read_all: 'Mark all read',
    none: 'Nothing new.',
    preferences_title: 'Mails I receive',
    preferences_intro: 'The bell shows everything; choose which of it also comes by mail.',
    preferences_saved: 'Saved',
    preferences_failed: 'Your mail preferences could not be saved. Try again.',
    preferences: {
      taskAssigned: 'A task someone gives me',
      tasksDue: 'Each morning: my tasks due tomorrow and overdue',
      organisationDeadlines: 'Renewal windows and obligations of my organisations',
      coordinatorDigest: 'Each morning: unassigned and stalled cases',
      weeklyDigest: 'Monday: my week ahead',
    },
  },
  calendar: {
    title: 'My calendar in Outlook, Google or Apple',
    intro:
      'A private address your calendar application subscribes to: your tasks with a due date, your meetings and the deadlines of your organisations. Anyone holding it can read those titles: keep it to yourself.',
    active_since: 'Active since %{date}. Renew it to see a new address (the current one stops working).',
    address: 'Calendar address',
    copy_now: 'Copy it now: it is shown only once.',
    create: 'Create my calendar address',
    renew: 'Renew the address',
    revoke: 'Revoke',
    revoked: 'The calendar address no longer works',
  },
  jobs: {
    run_now: 'Run now',
    ran: 'The job ran: %{state}',
    run_failed: 'The job could not be run',
    on_demand: 'On demand',
    states: {
      created: 'waiting',
      retry: 'to retry',
      active: 'running',
      completed: 'done',
      cancelled: 'cancelled',
      failed: 'failed',
    },
  },
  outbox: {
    body: 'Body',
    text: 'Plain text',
    html: 'HTML',
    states: { pending: 'waiting', sending: 'sending', sent: 'sent', failed: 'not sent' },
  },
};

export const notificationResourcesEn = {
  jobs: {
    name: 'Job |||| Jobs',
    fields: {
      title: 'Job',
      name: 'Name',
      cron: 'Schedule',
      nextRunAt: 'Next run',
      lastRun: 'Last run',
      lastFailure: 'Last failure',
      waiting: 'Waiting',
    },
  },
  outbox: {
    name: 'Outbox',
    fields: {
      createdAt: 'Written',
      recipient: 'Recipient',
      subject: 'Subject',
      state: 'State',
      attempts: 'Attempts',
      sentAt: 'Sent',
      lastError: 'Last error',
      messageId: 'Message-ID',
    },
  },
};
