import { ListSpec } from '../common/list/list-spec';
import { MEETING_CHANNELS } from '../domain/meeting-codes';

export const meetingsList: ListSpec = {
  resource: 'meetings',
  fields: {
    id: { column: 'm.id', type: 'uuid' },
    organisationId: { column: 'm.organisation_id', type: 'uuid' },
    caseId: { column: 'm.case_id', type: 'uuid' },
    authorId: { column: 'm.author_id', type: 'uuid' },
    channel: { column: 'm.channel', type: 'enum', values: MEETING_CHANNELS },
    contactIds: { column: 'm.contact_ids', type: 'array', items: 'uuid', sortable: false },
    staffIds: { column: 'm.staff_ids', type: 'array', items: 'uuid', sortable: false },
    occurredAt: { column: 'm.occurred_at', type: 'datetime' },
    followUpOn: { column: 'm.follow_up_on', type: 'date' },
    durationMinutes: { column: 'm.duration_minutes', type: 'integer' },
    subject: { column: 'm.subject', sortColumn: 'lower(m.subject)', type: 'text' },
    createdAt: { column: 'm.created_at', type: 'datetime' },
  },
  search: { words: 'm.search_words' },
  defaultSort: { field: 'occurredAt', order: 'DESC' },
};
