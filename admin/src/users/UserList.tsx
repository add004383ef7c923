import { BooleanField, CreateButton, Datagrid, EmailField, ExportButton, List, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../common/DateField';
import { languageChoices, roleChoices } from './choices';
import { RoleChip } from './RoleChip';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

const UserListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export default function UserList() {
  return (
    <List filters={userFilters} sort={{ field: 'fullName', order: 'ASC' }} actions={<UserListActions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="fullName" />
        <EmailField source="email" />
        <RoleChip label="resources.users.fields.role" source="role" />
        <SelectField source="language" choices={languageChoices} />
        <BooleanField source="active" />
        <DateField source="lastLoginAt" showTime emptyText="traject.users.never" />
      </Datagrid>
    </List>
  );
}
