import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateField,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useGetIdentity,
} from 'react-admin';
import { QuickFilters } from '../journey/QuickFilters';
import { UserName } from '../journey/UserName';
import { channelChoices } from './types';
import { ExportMenuButton } from '../reports/ExportMenuButton';

const meetingFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" label="resources.meetings.fields.organisationId" />
  </ReferenceInput>,
  <ReferenceInput key="authorId" source="authorId" reference="users" sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput optionText="fullName" label="resources.meetings.fields.authorId" />
  </ReferenceInput>,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <DateInput key="occurredAt_gte" source="occurredAt_gte" />,
  <DateInput key="occurredAt_lte" source="occurredAt_lte" />,
];

const MeetingListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportMenuButton />
  </TopToolbar>
);

function MeetingQuickFilters() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return <QuickFilters filters={[{ label: 'traject.meetings.mine', values: { authorId: identity.id } }]} />;
}

export default function MeetingList() {
  return (
    <List filters={meetingFilters} sort={{ field: 'occurredAt', order: 'DESC' }} actions={<MeetingListActions />}>
      <MeetingQuickFilters />
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
