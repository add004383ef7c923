import MailIcon from '@mui/icons-material/EmailOutlined';
import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { httpClient } from '../auth/httpClient';
import type { User } from '../auth/types';

/**
 * On a user's page (admins), for an active user who never signed in: "send the invitation again" (a new
 * set-your-password link by e-mail, the earlier one stops working). The API refuses when they already chose a password.
 */
export function SendInvitationButton() {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const notify = useNotify();
  const [sending, setSending] = useState(false);
  if (!user || !user.active || user.lastLoginAt) return null;
  const send = async () => {
    setSending(true);
    try {
      await httpClient(`/api/users/${user.id}/invite`, { method: 'POST' });
      notify('traject.invitation.sent', { type: 'info', messageArgs: { email: user.email } });
    } catch (error) {
      // httpClient has written the API's coded error in the console's language.
      notify(error instanceof HttpError ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSending(false);
    }
  };
  return (
    <Box component="section" aria-labelledby="user-invitation-title" sx={{ mt: 2 }}>
      <Typography id="user-invitation-title" variant="h6" component="h2">
        {translate('traject.invitation.send_again')}
      </Typography>
      <Typography variant="body2">{translate('traject.invitation.send_again_hint')}</Typography>
      <Button startIcon={<MailIcon />} onClick={send} disabled={sending}>
        {translate('traject.invitation.send_again')}
      </Button>
    </Box>
  );
}
