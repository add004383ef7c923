import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { TrajectLayout } from './layout/TrajectLayout';
import { TrajectLogin } from './layout/TrajectLogin';
import { trajectTheme } from './layout/theme';
import users from './users';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const ProfilePage = lazy(() => import('./profile/ProfilePage'));

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
      <Resource name="users" {...users} />
      <CustomRoutes>
        <Route path="/profile" element={<ProfilePage />} />
      </CustomRoutes>
    </Admin>
  );
}
