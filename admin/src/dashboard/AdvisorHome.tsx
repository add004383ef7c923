import { Stack } from '@mui/material';
import { Datagrid, ReferenceField, SelectField, TextField } from 'react-admin';
import { Responsive } from '../common/Responsive';
import { DateField } from '../common/DateField';
import { endOfWeek } from '../common/days';
import { stageChoices } from '../organisations/codes';
import { CaseCompactList } from '../cases/CaseCompactList';
import { CompleteTaskCheckbox } from '../tasks/CompleteTaskCheckbox';
import { DueDateField } from '../tasks/DueDateField';
import { TaskCompactList } from '../tasks/TaskCompactList';
import { MeetingCompactList } from '../meetings/MeetingCompactList';
import { ListWidget } from './Widget';

/** An advisor's home: my open cases, my tasks this week (overdue flagged), my last meetings; on a phone, compact lists. */
export function AdvisorHome({ me }: { me: string }) {
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
      <ListWidget
        id="home-my-tasks"
        title="traject.home.my_tasks"
        resource="tasks"
        filter={{ assigneeId: me, status: 'todo', dueOn_lte: endOfWeek() }}
        seeAll={{ assigneeId: me, status: 'todo' }}
        sort={{ field: 'dueOn', order: 'ASC' }}
        perPage={20}
      >
        <Responsive compact={<TaskCompactList />}>
          <Datagrid bulkActionButtons={false} rowClick="edit">
            <CompleteTaskCheckbox label="traject.task_statuses.done" />
            <TextField source="title" />
            <DueDateField label="resources.tasks.fields.dueOn" />
            <ReferenceField source="organisationId" reference="organisations" link="show" emptyText="—" />
          </Datagrid>
        </Responsive>
      </ListWidget>
      <ListWidget
        id="home-my-cases"
        title="traject.home.my_cases"
        resource="cases"
        filter={{ advisorId: me, status: 'open' }}
        sort={{ field: 'nextActionOn', order: 'ASC' }}
        perPage={20}
      >
        <Responsive compact={<CaseCompactList />}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <ReferenceField source="organisationId" reference="organisations" link={false} />
            <SelectField source="stage" choices={stageChoices} />
            <DateField source="nextActionOn" emptyText="—" />
          </Datagrid>
        </Responsive>
      </ListWidget>
      <ListWidget
        id="home-my-meetings"
        title="traject.home.my_meetings"
        resource="meetings"
        filter={{ authorId: me }}
        sort={{ field: 'occurredAt', order: 'DESC' }}
        perPage={5}
      >
        <Responsive compact={<MeetingCompactList />}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="occurredAt" />
            <ReferenceField source="organisationId" reference="organisations" link={false} />
            <TextField source="subject" />
          </Datagrid>
        </Responsive>
      </ListWidget>
    </Stack>
  );
}
