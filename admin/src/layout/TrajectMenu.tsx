import InsightsIcon from '@mui/icons-material/Insights';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Menu, useCanAccess, useGetIdentity } from 'react-admin';
import { IntakeMenuItem } from '../intakes/IntakeMenuItem';
import { useCan } from '../auth/useCan';

function BoardMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'board', action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to="/board" primaryText="traject.menu.board" leftIcon={<ViewKanbanIcon />} />;
}

/** The team's figures; a manager has them as their home already. */
function ReportsMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'reports', action: 'list' });
  const { identity } = useGetIdentity();
  if (!canAccess || !identity || identity.role === 'manager') return null;
  return <Menu.Item to="/reports" primaryText="traject.menu.reports" leftIcon={<InsightsIcon />} />;
}

/** Coordinators and admins clean the register; admins load the KBO extract. */
function RegisterCareMenuItems() {
  const can = useCan();
  return (
    <>
      {can('duplicates', 'list') && (
        <Menu.Item to="/duplicates" primaryText="traject.duplicates.menu" leftIcon={<CallMergeIcon />} />
      )}
      {can('kbo', 'list') && <Menu.Item to="/kbo" primaryText="traject.kbo.menu" leftIcon={<AccountBalanceIcon />} />}
    </>
  );
}

/** The side menu in the order people work: the register, the journeys, then the staff (admins). */
export function TrajectMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <IntakeMenuItem />
      <Menu.ResourceItem name="organisations" />
      <Menu.ResourceItem name="contacts" />
      <Menu.ResourceItem name="cases" />
      <BoardMenuItem />
      <Menu.ResourceItem name="meetings" />
      <Menu.ResourceItem name="tasks" />
      <Menu.ResourceItem name="assessments" />
      <Menu.ResourceItem name="recognitions" />
      <Menu.ResourceItem name="referrals" />
      <Menu.ResourceItem name="programmes" />
      <Menu.ResourceItem name="partners" />
      <ReportsMenuItem />
      <RegisterCareMenuItems />
      <Menu.ResourceItem name="users" />
      <Menu.ResourceItem name="audit-log" />
      <Menu.ResourceItem name="jobs" />
      <Menu.ResourceItem name="outbox" />
    </Menu>
  );
}
