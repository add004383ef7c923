import { Datagrid, DateInput, ExportButton, List, ReferenceField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { colleagueFilter, JourneyListActions, organisationFilter, PersonalQuickFilters } from '../journey/listParts';
import { UserName } from '../journey/UserName';
import { CompleteTaskCheckbox } from './CompleteTaskCheckbox';
import { DueDateField } from './DueDateField';
import { taskStatusChoices } from './types';

const taskFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
  colleagueFilter('tasks', 'assigneeId'),
  organisationFilter('tasks'),
  <DateInput key="dueOn_gte" source="dueOn_gte" />,
  <DateInput key="dueOn_lte" source="dueOn_lte" />,
];

const taskQuickFilters = (me: string) => [
  { label: 'traject.tasks.mine', values: { assigneeId: me } },
  { label: 'traject.tasks.overdue', values: { overdue: true } },
];

export default function TaskList() {
  return (
    <List filters={taskFilters} filterDefaultValues={{ status: 'todo' }} sort={{ field: 'dueOn', order: 'ASC' }} actions={<JourneyListActions exporter={<ExportButton />} />}>
      <PersonalQuickFilters filters={taskQuickFilters} />
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
