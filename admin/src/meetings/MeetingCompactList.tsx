import { ReferenceField, SimpleList } from 'react-admin';
import { formatDateTime, formatDay } from '../../../api/src/domain';
import type { Meeting } from './types';

/** Meetings on a phone: the subject, then the organisation, then the day (and time). */
export function MeetingCompactList({ showTime = false }: { showTime?: boolean }) {
  return (
    <SimpleList<Meeting>
      rowClick="show"
      primaryText={(record) => record.subject}
      secondaryText={(record) => (
        <ReferenceField record={record} source="organisationId" reference="organisations" link={false} />
      )}
      tertiaryText={(record) => (showTime ? formatDateTime(record.occurredAt) : formatDay(record.occurredAt))}
    />
  );
}
