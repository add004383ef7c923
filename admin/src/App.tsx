import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { TrajectLayout } from './layout/TrajectLayout';
import { TrajectLogin } from './layout/TrajectLogin';
import { trajectTheme } from './layout/theme';
import contacts from './contacts';
import organisations from './organisations';
import users from './users';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const ProfilePage = lazy(() => import('./profile/ProfilePage'));
const OrganisationImport = lazy(() => import('./organisations/import/OrganisationImport'));

export function App() {
  return (
    <Admin
      title="Traject"
      dataProvider={dataProvider}
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
      <Resource name="users" {...users} />
      <CustomRoutes>
        <Route path="/organisations/import" element={<OrganisationImport />} />
        <Route path="/profile" element={<ProfilePage />} />
      </CustomRoutes>
    </Admin>
  );
}
