import { Datagrid, ReferenceField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { List } from '../common/List';
import { Responsive } from '../common/Responsive';
import { MeetingCompactList } from './MeetingCompactList';
import { DateField } from '../common/DateField';
import { colleagueFilter, ListActions, organisationFilter, PersonalQuickFilters } from '../common/listParts';
import { UserName } from '../users/UserName';
import { channelChoices } from './types';
import { ExportMenuButton } from '../reports/ExportMenuButton';
import { TrajectPagination } from '../common/TrajectPagination';

const meetingFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  organisationFilter('meetings'),
  colleagueFilter('meetings', 'authorId'),
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <DateInput key="occurredAt_gte" source="occurredAt_gte" />,
  <DateInput key="occurredAt_lte" source="occurredAt_lte" />,
];

const meetingQuickFilters = (me: string) => [{ label: 'traject.meetings.mine', values: { authorId: me } }];

export default function MeetingList() {
  return (
    <List
      pagination={<TrajectPagination />}
      filters={meetingFilters}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      actions={<ListActions exporter={<ExportMenuButton />} />}
    >
      <PersonalQuickFilters filters={meetingQuickFilters} />
      <Responsive compact={<MeetingCompactList showTime />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <DateField source="occurredAt" showTime />
          <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false} />
          <TextField source="subject" />
          <SelectField source="channel" choices={channelChoices} />
          <UserName source="authorId" label="resources.meetings.fields.authorId" sortable={false} />
          <DateField source="followUpOn" emptyText="—" sortable={false} />
        </Datagrid>
      </Responsive>
    </List>
  );
}
