import { Stack } from '@mui/material';
import { Datagrid, ReferenceField, SelectField, useGetList } from 'react-admin';
import { DateField } from '../common/DateField';
import { Responsive } from '../common/Responsive';
import { NOBODY } from '../dataProvider';
import { UserName } from '../users/UserName';
import { stageChoices } from '../organisations/codes';
import { CaseCompactList } from '../cases/CaseCompactList';
import { AssignSelect, type StaffMember } from './AssignSelect';
import { ListWidget, Widget } from './Widget';
import { Workload } from './Workload';

/**
 * The coordinator's (and admin's) home: cases to assign, cases stalled, the team's workload. On a phone the case
 * lists are compact (a case is assigned from its own page there).
 */
export function CoordinatorHome() {
  const { data: users } = useGetList('users', {
    filter: { active: true, role: ['advisor', 'coordinator'] },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'fullName', order: 'ASC' },
  });
  const staff: StaffMember[] = (users ?? []).map((user) => ({ id: String(user.id), fullName: user.fullName }));
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
      <ListWidget
        id="home-unassigned"
        title="traject.home.unassigned"
        resource="cases"
        filter={{ advisorId: NOBODY, status: 'open' }}
        sort={{ field: 'openedOn', order: 'ASC' }}
        perPage={25}
      >
        <Responsive compact={<CaseCompactList withTitle />}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <ReferenceField source="organisationId" reference="organisations" link={false} />
            <SelectField source="stage" choices={stageChoices} />
            <DateField source="openedOn" />
            <AssignSelect staff={staff} label="traject.home.assign" />
          </Datagrid>
        </Responsive>
      </ListWidget>
      <Widget id="home-workload" title="traject.home.workload">
        <Workload staff={staff} />
      </Widget>
      <ListWidget
        id="home-stalled"
        title="traject.home.stalled"
        hint="traject.home.stalled_hint"
        resource="cases"
        filter={{ stalled: true, status: 'open' }}
        sort={{ field: 'openedOn', order: 'ASC' }}
        perPage={10}
      >
        <Responsive compact={<CaseCompactList />}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <ReferenceField source="organisationId" reference="organisations" link={false} />
            <SelectField source="stage" choices={stageChoices} />
            <UserName
              source="advisorId"
              label="resources.cases.fields.advisorId"
              emptyText="traject.cases.unassigned"
            />
            <DateField source="nextActionOn" emptyText="—" />
          </Datagrid>
        </Responsive>
      </ListWidget>
    </Stack>
  );
}
