import { httpClient } from '../auth/httpClient';

export interface BellItem {
  id: string;
  kind: string;
  title: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface MailPreferences {
  taskAssigned: boolean;
  tasksDue: boolean;
  organisationDeadlines: boolean;
  coordinatorDigest: boolean;
  weeklyDigest: boolean;
  version: number;
}

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: string | null;
  lastReadAt: string | null;
}

export const notificationsApi = {
  mine: async () => (await httpClient('/api/notifications')).json as { unread: number; items: BellItem[] },
  read: async (id: string) => void (await httpClient(`/api/notifications/${id}/read`, { method: 'POST' })),
  readAll: async () => void (await httpClient('/api/notifications/read-all', { method: 'POST' })),
  preferences: async () => (await httpClient('/api/notifications/preferences')).json as MailPreferences,
  changePreferences: async (changes: Partial<MailPreferences>) =>
    (await httpClient('/api/notifications/preferences', { method: 'PUT', body: JSON.stringify(changes) }))
      .json as MailPreferences,
  calendar: async () => (await httpClient('/api/calendar/feed')).json as CalendarFeedStatus,
  renewCalendar: async () =>
    (await httpClient('/api/calendar/feed', { method: 'POST' })).json as { url: string; createdAt: string },
  revokeCalendar: async () => (await httpClient('/api/calendar/feed', { method: 'DELETE' })).json as CalendarFeedStatus,
};
