import { Box, Button, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Confirm, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { httpClient } from '../auth/httpClient';
import type { User } from '../auth/types';

/** On a user's page (admins): whether they use a second factor, and resetting it (a lost phone). */
export function UserSecondFactor() {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const notify = useNotify();
  const [enabled, setEnabled] = useState<boolean>();
  const [asking, setAsking] = useState(false);
  const url = user ? `/api/users/${user.id}/second-factor` : undefined;
  const reload = useCallback(() => {
    if (url)
      httpClient(url).then(
        ({ json }) => setEnabled((json as { enabled: boolean }).enabled),
        () => undefined,
      );
  }, [url]);
  useEffect(reload, [reload]);
  if (!user || enabled === undefined) return null;
  const reset = async () => {
    setAsking(false);
    await httpClient(url!, { method: 'DELETE' }).then(
      () => notify('traject.totp.reset_done', { type: 'info' }),
      () => notify('ra.notification.http_error', { type: 'error' }),
    );
    reload();
  };
  return (
    <Box component="section" aria-labelledby="user-totp-title" sx={{ mt: 2 }}>
      <Typography id="user-totp-title" variant="h6" component="h2">
        {translate('traject.totp.title')}
      </Typography>
      <Typography variant="body2">{translate(enabled ? 'traject.totp.user_on' : 'traject.totp.user_off')}</Typography>
      {enabled && (
        <Button color="error" onClick={() => setAsking(true)}>
          {translate('traject.totp.reset')}
        </Button>
      )}
      <Confirm
        isOpen={asking}
        title="traject.totp.reset_title"
        content="traject.totp.reset_content"
        translateOptions={{ name: user.fullName }}
        onConfirm={reset}
        onClose={() => setAsking(false)}
      />
    </Box>
  );
}
