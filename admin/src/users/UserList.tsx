import { Chip } from '@mui/material';
import {
  CreateButton,
  FunctionField,
  Datagrid,
  EmailField,
  ExportButton,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { List } from '../common/List';
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
  const translate = useTranslate();
  return (
    <List filters={userFilters} sort={{ field: 'fullName', order: 'ASC' }} actions={<UserListActions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="fullName" />
        <EmailField source="email" />
        <RoleChip label="resources.users.fields.role" source="role" />
        <SelectField source="language" choices={languageChoices} />
        {/* Said in words, not a ✓ or ✗ alone. */}
        <FunctionField
          source="active"
          render={(record: { active: boolean }) => (
            <Chip
              size="small"
              variant="outlined"
              color={record.active ? 'success' : 'default'}
              label={translate(record.active ? 'traject.field.user_active' : 'traject.field.user_inactive')}
            />
          )}
        />
        <DateField source="lastLoginAt" showTime emptyText="traject.users.never" />
      </Datagrid>
    </List>
  );
}
