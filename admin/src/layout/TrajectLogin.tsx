import { Box, Typography } from '@mui/material';
import { useSyncExternalStore } from 'react';
import { Login, LoginForm } from 'react-admin';
import { SecondStep } from '../secondFactor/SecondStep';
import { onPendingStep, pendingStep } from '../secondFactor/signInStep';

/**
 * react-admin's sign-in screen, with the name of the product and of the agency above the form; after a
 * right password that needs a second step, the code (or the app's set-up) in place of the form.
 */
export function TrajectLogin() {
  const pending = useSyncExternalStore(onPendingStep, pendingStep);
  return (
    <Login>
      <Box component="header" sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          Traject
        </Typography>
        <Typography variant="body2" color="text.secondary">
          hub.brussels
        </Typography>
      </Box>
      {pending ? <SecondStep pending={pending} /> : <LoginForm />}
    </Login>
  );
}
