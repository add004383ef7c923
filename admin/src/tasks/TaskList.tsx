import {
  Datagrid,
  ExportButton,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  useGetIdentity,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { Responsive } from '../common/Responsive';
import { TaskCompactList } from './TaskCompactList';
import { List } from '../common/List';
import { colleagueFilter, ListActions, organisationFilter, PersonalQuickFilters } from '../common/listParts';
import { UserName } from '../users/UserName';
import { CompleteTaskCheckbox } from './CompleteTaskCheckbox';
import { DueDateField } from './DueDateField';
import { taskStatusChoices } from './types';
import { TrajectPagination } from '../common/TrajectPagination';

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

/** Opens on "my open tasks", soonest due first; the filters widen it to everyone's. */
export default function TaskList() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <List
      pagination={<TrajectPagination />}
      filters={taskFilters}
      filterDefaultValues={{ status: 'todo', assigneeId: identity.id }}
      sort={{ field: 'dueOn', order: 'ASC' }}
      actions={<ListActions exporter={<ExportButton />} />}
    >
      <PersonalQuickFilters filters={taskQuickFilters} />
      <Responsive compact={<TaskCompactList />}>
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <CompleteTaskCheckbox label="traject.task_statuses.done" sortable={false} />
          <TextField source="title" />
          <DueDateField source="dueOn" label="resources.tasks.fields.dueOn" sortBy="dueOn" />
          <ReferenceField
            source="organisationId"
            reference="organisations"
            link="show"
            sortable={false}
            emptyText="—"
          />
          <UserName source="assigneeId" label="resources.tasks.fields.assigneeId" sortable={false} />
          <SelectField source="status" choices={taskStatusChoices} sortable={false} />
        </Datagrid>
      </Responsive>
    </List>
  );
}
