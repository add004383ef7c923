import { lazy, Suspense } from 'react';
import { Box, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import PersonIcon from '@mui/icons-material/Person';
import {
  AppBar,
  LinkBase,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageMenu } from './LanguageMenu';

/** Loaded after sign-in only, like every screen. */
const GlobalSearch = lazy(() => import('../search/GlobalSearch'));

function ProfileMenuItem() {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={LinkBase} to="/profile" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <PersonIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('traject.menu.profile')}</ListItemText>
    </MenuItem>
  );
}

function Brand() {
  return (
    <Box
      component="span"
      sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mr: { xs: 1, sm: 2 } }}
      aria-label="Traject · hub.brussels"
    >
      <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
        Traject
      </Typography>
      <Typography component="span" variant="body2" sx={{ display: { xs: 'none', md: 'inline' } }}>
        hub.brussels
      </Typography>
    </Box>
  );
}

export function TrajectAppBar() {
  // The user menu's button shows the person's name: its accessible name must say the same (WCAG 2.5.3).
  const { identity } = useGetIdentity();
  return (
    <AppBar
      toolbar={
        <>
          <Suspense fallback={null}>
            <GlobalSearch />
          </Suspense>
          <NotificationBell />
          <LanguageMenu />
        </>
      }
      userMenu={
        <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
          <ProfileMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <Brand />
      {/* The page title is the page's one <h1> (react-admin renders it as an h6). */}
      <TitlePortal component="h1" />
    </AppBar>
  );
}
