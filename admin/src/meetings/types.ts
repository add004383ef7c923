export const CHANNELS = ['in_person', 'video', 'phone', 'event', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export const channelChoices = CHANNELS.map((id) => ({ id, name: `traject.channels.${id}` }));

/** A meeting note as the API sends it (`/api/meetings`). */
export interface Meeting {
  id: string;
  organisationId: string;
  caseId: string | null;
  authorId: string;
  occurredAt: string;
  durationMinutes: number | null;
  channel: Channel;
  contactIds: string[];
  staffIds: string[];
  subject: string;
  notes: string | null;
  outcomes: string | null;
  nextSteps: string | null;
  followUpOn: string | null;
  version: number;
}
