import { Box, Button, Link, Typography } from '@mui/material';
import { useState, useSyncExternalStore } from 'react';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { DocumentLanguage } from '../i18n/documentLanguage';
import { SecondStep } from '../secondFactor/SecondStep';
import { onPendingStep, pendingStep } from '../secondFactor/signInStep';
import { ProviderSignIn, useSignInOptions } from './ProviderSignIn';
import { StatementLink } from '../accessibility/StatementLink';
import { useWarmFirstScreens } from './warmFirstScreens';

/**
 * react-admin's sign-in screen, with the name of the product and of the agency above the form; "Sign in
 * with hub.brussels" when the organisation's provider is configured (the password form then only for
 * the break-glass admin, when passwords are off) and its "Forgot your password?" link; after a right password
 * that needs a second step, the code (or the app's set-up) in place of the form.
 */
export function TrajectLogin() {
  const translate = useTranslate();
  const pending = useSyncExternalStore(onPendingStep, pendingStep);
  const options = useSignInOptions();
  const [emergency, setEmergency] = useState(false);
  useWarmFirstScreens();
  return (
    <Login>
      <DocumentLanguage />
      {/* The sign-in screen's main landmark (react-admin's Login has none). */}
      <Box component="main">
        <Box component="header" sx={{ textAlign: 'center', px: 2 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            Traject
          </Typography>
          <Typography variant="body2" color="text.secondary">
            hub.brussels
          </Typography>
        </Box>
        {pending ? (
          <SecondStep pending={pending} />
        ) : (
          <>
            {options && <ProviderSignIn options={options} />}
            {options?.local === false && !emergency ? (
              <Box sx={{ textAlign: 'center', pb: 1 }}>
                <Button size="small" onClick={() => setEmergency(true)}>
                  {translate('traject.oidc.emergency')}
                </Button>
              </Box>
            ) : (
              <>
                <LoginForm />
                <Box sx={{ textAlign: 'center', pb: 1 }}>
                  <Link component={RouterLink} to="/forgot-password" variant="body2">
                    {translate('traject.password_reset.link')}
                  </Link>
                </Box>
              </>
            )}
          </>
        )}
      </Box>
      <StatementLink />
    </Login>
  );
}
