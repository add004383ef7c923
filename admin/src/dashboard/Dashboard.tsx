import { Stack } from '@mui/material';
import { Title, useGetIdentity } from 'react-admin';
import { AdvisorHome } from './AdvisorHome';
import { CoordinatorHome } from './CoordinatorHome';
import { Welcome } from './Welcome';

/** The home page by role: advisors their own work, coordinators and admins the team's; managers a welcome for now. */
export default function Dashboard() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const role = identity.role as string;
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      <Title title="ra.page.dashboard" />
      <Welcome fullName={identity.fullName ?? ''} role={role} intro={role === 'manager'} />
      {role === 'advisor' && <AdvisorHome me={String(identity.id)} />}
      {(role === 'coordinator' || role === 'admin') && <CoordinatorHome />}
    </Stack>
  );
}
