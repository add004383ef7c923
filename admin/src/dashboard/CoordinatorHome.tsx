import { Stack } from '@mui/material';
import { Datagrid, ListBase, ReferenceField, SelectField, TextField, useGetList } from 'react-admin';
import { DateField } from '../common/DateField';
import { NOBODY } from '../dataProvider';
import { UserName } from '../journey/UserName';
import { stageChoices } from '../organisations/codes';
import { AssignSelect, type StaffMember } from './AssignSelect';
import { EmptyOr, listLink, Widget } from './Widget';
import { Workload } from './Workload';

/** The coordinator's (and admin's) home: cases to assign, cases stalled, the team's workload. */
export function CoordinatorHome() {
  const { data: users } = useGetList('users', {
    filter: { active: true, role: ['advisor', 'coordinator'] },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'fullName', order: 'ASC' },
  });
  const staff: StaffMember[] = (users ?? []).map((user) => ({ id: String(user.id), fullName: user.fullName }));
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
      <Widget id="home-unassigned" title="traject.home.unassigned" seeAll={listLink('cases', { advisorId: NOBODY, status: 'open' })}>
        <ListBase resource="cases" filter={{ advisorId: NOBODY, status: 'open' }} sort={{ field: 'openedOn', order: 'ASC' }} perPage={25} disableSyncWithLocation>
          <EmptyOr>
            <Datagrid bulkActionButtons={false} rowClick="show">
              <ReferenceField source="organisationId" reference="organisations" link={false} />
              <SelectField source="stage" choices={stageChoices} />
              <DateField source="openedOn" />
              <AssignSelect staff={staff} label="traject.home.assign" />
            </Datagrid>
          </EmptyOr>
        </ListBase>
      </Widget>
      <Widget id="home-workload" title="traject.home.workload">
        <Workload staff={staff} />
      </Widget>
      <Widget id="home-stalled" title="traject.home.stalled" hint="traject.home.stalled_hint" seeAll={listLink('cases', { stalled: true, status: 'open' })}>
        <ListBase resource="cases" filter={{ stalled: true, status: 'open' }} sort={{ field: 'openedOn', order: 'ASC' }} perPage={10} disableSyncWithLocation>
          <EmptyOr>
            <Datagrid bulkActionButtons={false} rowClick="show">
              <ReferenceField source="organisationId" reference="organisations" link={false} />
              <SelectField source="stage" choices={stageChoices} />
              <UserName source="advisorId" label="resources.cases.fields.advisorId" emptyText="traject.cases.unassigned" />
              <DateField source="nextActionOn" emptyText="—" />
            </Datagrid>
          </EmptyOr>
        </ListBase>
      </Widget>
    </Stack>
  );
}
