import { Title, useCanAccess } from 'react-admin';
import { ReportsDashboard } from './ReportsDashboard';

/** `/reports`: the manager dashboard for coordinators, admins and advisors (their own cases). */
export default function ReportsPage() {
  const { canAccess, isPending } = useCanAccess({ resource: 'reports', action: 'list' });
  if (isPending || !canAccess) return null;
  return (
    <>
      <Title title="traject.reports.title" />
      <ReportsDashboard />
    </>
  );
}
