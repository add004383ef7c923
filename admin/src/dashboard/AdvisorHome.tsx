import { Stack } from '@mui/material';
import { Datagrid, ListBase, ReferenceField, SelectField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { endOfWeek } from '../journey/days';
import { stageChoices } from '../organisations/codes';
import { CompleteTaskCheckbox } from '../tasks/CompleteTaskCheckbox';
import { DueDateField } from '../tasks/DueDateField';
import { EmptyOr, listLink, Widget } from './Widget';

/** An advisor's home: my open cases, my tasks this week (overdue flagged), my last meetings. */
export function AdvisorHome({ me }: { me: string }) {
  const weekEnd = endOfWeek();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
      <Widget id="home-my-tasks" title="traject.home.my_tasks" seeAll={listLink('tasks', { assigneeId: me, status: 'todo' })}>
        <ListBase resource="tasks" filter={{ assigneeId: me, status: 'todo', dueOn_lte: weekEnd }} sort={{ field: 'dueOn', order: 'ASC' }} perPage={20} disableSyncWithLocation>
          <EmptyOr>
            <Datagrid bulkActionButtons={false} rowClick="edit">
              <CompleteTaskCheckbox label="traject.task_statuses.done" />
              <TextField source="title" />
              <DueDateField label="resources.tasks.fields.dueOn" />
              <ReferenceField source="organisationId" reference="organisations" link="show" emptyText="—" />
            </Datagrid>
          </EmptyOr>
        </ListBase>
      </Widget>
      <Widget id="home-my-cases" title="traject.home.my_cases" seeAll={listLink('cases', { advisorId: me, status: 'open' })}>
        <ListBase resource="cases" filter={{ advisorId: me, status: 'open' }} sort={{ field: 'nextActionOn', order: 'ASC' }} perPage={20} disableSyncWithLocation>
          <EmptyOr>
            <Datagrid bulkActionButtons={false} rowClick="show">
              <ReferenceField source="organisationId" reference="organisations" link={false} />
              <SelectField source="stage" choices={stageChoices} />
              <DateField source="nextActionOn" emptyText="—" />
            </Datagrid>
          </EmptyOr>
        </ListBase>
      </Widget>
      <Widget id="home-my-meetings" title="traject.home.my_meetings" seeAll={listLink('meetings', { authorId: me })}>
        <ListBase resource="meetings" filter={{ authorId: me }} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={5} disableSyncWithLocation>
          <EmptyOr>
            <Datagrid bulkActionButtons={false} rowClick="show">
              <DateField source="occurredAt" />
              <ReferenceField source="organisationId" reference="organisations" link={false} />
              <TextField source="subject" />
            </Datagrid>
          </EmptyOr>
        </ListBase>
      </Widget>
    </Stack>
  );
}
