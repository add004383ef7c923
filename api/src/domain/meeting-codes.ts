export const MEETING_CHANNELS = ['in_person', 'video', 'phone', 'event', 'email'] as const;
export type MeetingChannel = (typeof MEETING_CHANNELS)[number];
