import { Datagrid, DateInput, List, ReferenceField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { colleagueFilter, JourneyListActions, organisationFilter, PersonalQuickFilters } from '../journey/listParts';
import { UserName } from '../journey/UserName';
import { channelChoices } from './types';
import { ExportMenuButton } from '../reports/ExportMenuButton';

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
    <List filters={meetingFilters} sort={{ field: 'occurredAt', order: 'DESC' }} actions={<JourneyListActions exporter={<ExportMenuButton />} />}>
      <PersonalQuickFilters filters={meetingQuickFilters} />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="occurredAt" showTime />
        <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false} />
        <TextField source="subject" />
        <SelectField source="channel" choices={channelChoices} />
        <UserName source="authorId" label="resources.meetings.fields.authorId" sortable={false} />
        <DateField source="followUpOn" emptyText="—" sortable={false} />
      </Datagrid>
    </List>
  );
}
