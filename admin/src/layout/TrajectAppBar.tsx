import { lazy, Suspense } from 'react';
import { Box, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import PersonIcon from '@mui/icons-material/Person';
import { AppBar, LinkBase, Logout, TitlePortal, UserMenu, useTranslate, useUserMenu } from 'react-admin';
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
    <Box component="span" sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mr: 2 }} aria-label="Traject · hub.brussels">
      <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
        Traject
      </Typography>
      <Typography component="span" variant="body2" sx={{ opacity: 0.8 }}>
        hub.brussels
      </Typography>
    </Box>
  );
}

export function TrajectAppBar() {
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
        <UserMenu>
          <ProfileMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <Brand />
      <TitlePortal />
    </AppBar>
  );
}
