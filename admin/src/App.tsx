import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { queryClient } from './queryClient';
import { i18nProvider } from './i18n/i18nProvider';
import { TrajectLayout } from './layout/TrajectLayout';
import { TrajectLogin } from './layout/TrajectLogin';
import { trajectTheme } from './layout/theme';
import assessments from './assessments';
import cases from './cases';
import contacts from './contacts';
import intakes from './intakes';
import meetings from './meetings';
import organisations from './organisations';
import partners from './partners';
import programmes from './programmes';
import recognitions from './recognitions';
import referrals from './referrals';
import tasks from './tasks';
import users from './users';
import auditLog from './audit';
import jobs from './jobs';
import outbox from './outbox';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const ProfilePage = lazy(() => import('./profile/ProfilePage'));
const CaseBoard = lazy(() => import('./cases/board/CaseBoard'));
const OrganisationImport = lazy(() => import('./organisations/import/OrganisationImport'));
const ReportsPage = lazy(() => import('./reports/ReportsPage'));
const KboLoadsPage = lazy(() => import('./kbo/KboLoadsPage'));
const DuplicatesPage = lazy(() => import('./duplicates/DuplicatesPage'));
const SetPasswordPage = lazy(() => import('./invitations/SetPasswordPage'));
const ForgotPasswordPage = lazy(() => import('./invitations/ForgotPasswordPage'));

export function App() {
  return (
    <Admin
      title="Traject"
      dataProvider={dataProvider}
      queryClient={queryClient}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={TrajectLayout}
      loginPage={TrajectLogin}
      dashboard={Dashboard}
      theme={trajectTheme}
      requireAuth
      disableTelemetry
    >
      <Resource name="organisations" {...organisations} />
      <Resource name="contacts" {...contacts} />
      <Resource name="cases" {...cases} />
      <Resource name="meetings" {...meetings} />
      <Resource name="tasks" {...tasks} />
      <Resource name="assessments" {...assessments} />
      <Resource name="recognitions" {...recognitions} />
      <Resource name="referrals" {...referrals} />
      <Resource name="programmes" {...programmes} />
      <Resource name="intakes" {...intakes} />
      <Resource name="partners" {...partners} />
      <Resource name="users" {...users} />
      <Resource name="audit-log" {...auditLog} />
      <Resource name="jobs" {...jobs} />
      <Resource name="outbox" {...outbox} />
      {/* The page of an invitation (or reset) mail's link, and "Forgot your password?": public, before any sign-in. */}
      <CustomRoutes noLayout>
        <Route path="/set-password" element={<SetPasswordPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      </CustomRoutes>
      <CustomRoutes>
        <Route path="/organisations/import" element={<OrganisationImport />} />
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="/board" element={<CaseBoard />} />
        <Route path="/reports" element={<ReportsPage />} />
        <Route path="/kbo" element={<KboLoadsPage />} />
        <Route path="/duplicates" element={<DuplicatesPage />} />
      </CustomRoutes>
    </Admin>
  );
}
