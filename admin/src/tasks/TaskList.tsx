import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateInput,
  ExportButton,
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
import { CompleteTaskCheckbox } from './CompleteTaskCheckbox';
import { DueDateField } from './DueDateField';
import { taskStatusChoices } from './types';

const taskFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
  <ReferenceInput key="assigneeId" source="assigneeId" reference="users" sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput optionText="fullName" label="resources.tasks.fields.assigneeId" />
  </ReferenceInput>,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" label="resources.tasks.fields.organisationId" />
  </ReferenceInput>,
  <DateInput key="dueOn_gte" source="dueOn_gte" />,
  <DateInput key="dueOn_lte" source="dueOn_lte" />,
];

const TaskListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

function TaskQuickFilters() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <QuickFilters
      filters={[
        { label: 'traject.tasks.mine', values: { assigneeId: identity.id } },
        { label: 'traject.tasks.overdue', values: { overdue: true } },
      ]}
    />
  );
}

export default function TaskList() {
  return (
    <List filters={taskFilters} filterDefaultValues={{ status: 'todo' }} sort={{ field: 'dueOn', order: 'ASC' }} actions={<TaskListActions />}>
      <TaskQuickFilters />
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <CompleteTaskCheckbox label="traject.task_statuses.done" sortable={false} />
        <TextField source="title" />
        <DueDateField source="dueOn" label="resources.tasks.fields.dueOn" sortBy="dueOn" />
        <ReferenceField source="organisationId" reference="organisations" link="show" sortable={false} emptyText="—" />
        <UserName source="assigneeId" label="resources.tasks.fields.assigneeId" sortable={false} />
        <SelectField source="status" choices={taskStatusChoices} sortable={false} />
      </Datagrid>
    </List>
  );
}
