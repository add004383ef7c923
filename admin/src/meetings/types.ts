import { MEETING_CHANNELS as CHANNELS, type MeetingChannel as Channel } from '../../../api/src/domain/meeting-codes';

export { CHANNELS, type Channel };
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
