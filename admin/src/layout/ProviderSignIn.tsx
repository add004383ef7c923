import { Alert, Box, Button, Divider } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';

/** What the sign-in page offers (`GET /api/auth/sign-in-options`). */
export interface SignInOptions {
  local: boolean;
  oidc: { label: string; loginUrl: string } | null;
}

export function useSignInOptions(): SignInOptions | undefined {
  const [options, setOptions] = useState<SignInOptions>();
  useEffect(() => {
    fetch('/api/auth/sign-in-options', { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { local: true, oidc: null }))
      .then(setOptions, () => setOptions({ local: true, oidc: null }));
  }, []);
  return options;
}

/** "Sign in with hub.brussels", and why the last attempt through the provider was refused. */
export function ProviderSignIn({ options }: { options: SignInOptions }) {
  const translate = useTranslate();
  const reason = new URLSearchParams(useLocation().search).get('signInError');
  return (
    <Box sx={{ px: 2, pt: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      {reason && (
        <Alert severity="warning" role="alert">
          {translate(`traject.oidc.errors.${reason}`, { _: translate('traject.oidc.errors.failed') })}
        </Alert>
      )}
      {options.oidc && (
        <>
          <Button variant="contained" href={options.oidc.loginUrl}>
            {translate('traject.oidc.sign_in_with', { label: options.oidc.label })}
          </Button>
          {options.local && <Divider sx={{ mt: 1 }}>{translate('traject.oidc.or')}</Divider>}
        </>
      )}
    </Box>
  );
}
