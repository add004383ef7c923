import { lazy, Suspense } from 'react';
import { LinearProgress, Stack } from '@mui/material';
import { Title, useGetIdentity } from 'react-admin';
import { AdvisorHome } from './AdvisorHome';
import { CoordinatorHome } from './CoordinatorHome';
import { Welcome } from './Welcome';
import { RecentlyViewed } from '../field/recentlyViewed';

/** The manager's home is the reports dashboard (its charts load with it, not before sign-in). */
const ReportsDashboard = lazy(() =>
  import('../reports/ReportsDashboard').then((module) => ({ default: module.ReportsDashboard })),
);

/** The home page by role: advisors their own work, coordinators and admins the team's, managers the reports dashboard. */
export default function Dashboard() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const role = identity.role as string;
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      <Title title="ra.page.dashboard" />
      <Welcome fullName={identity.fullName ?? ''} role={role} intro={false} />
      <RecentlyViewed />
      {role === 'advisor' && <AdvisorHome me={String(identity.id)} />}
      {(role === 'coordinator' || role === 'admin') && <CoordinatorHome />}
      {role === 'manager' && (
        <Suspense fallback={<LinearProgress />}>
          <ReportsDashboard />
        </Suspense>
      )}
    </Stack>
  );
}
