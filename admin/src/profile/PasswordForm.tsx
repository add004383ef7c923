import { Box, Typography } from '@mui/material';
import {
  Form,
  PasswordInput,
  SaveButton,
  minLength,
  required,
  useNotify,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { PASSWORD_MIN_LENGTH } from '../users/choices';
import { changePassword } from './changePassword';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const matchesNewPassword = (value: string, all: Partial<PasswordChange>) =>
  value && value !== all.newPassword ? 'traject.profile.mismatch' : undefined;

export function PasswordForm() {
  const translate = useTranslate();
  const notify = useNotify();

  // Returning the API's `errors` puts each message under its own input.
  const submit = async (values: Partial<PasswordChange>) => {
    try {
      await changePassword(values.currentPassword ?? '', values.newPassword ?? '');
      notify('traject.profile.changed', { type: 'success' });
    } catch (error) {
      const errors = (error as HttpError).body?.errors;
      if (errors) return errors;
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Form onSubmit={submit} sanitizeEmptyValues={false} resetOptions={{ keepDirtyValues: false }}>
      <Box
        component="section"
        aria-labelledby="password-title"
        sx={{ display: 'flex', flexDirection: 'column', maxWidth: 420 }}
      >
        <Typography id="password-title" variant="h6" component="h2" gutterBottom>
          {translate('traject.profile.password_title')}
        </Typography>
        <PasswordInput
          source="currentPassword"
          label="traject.profile.current_password"
          autoComplete="current-password"
          validate={required()}
        />
        <PasswordInput
          source="newPassword"
          label="traject.profile.new_password"
          autoComplete="new-password"
          helperText="traject.profile.password_hint"
          validate={[required(), minLength(PASSWORD_MIN_LENGTH)]}
        />
        <PasswordInput
          source="confirmPassword"
          label="traject.profile.confirm_password"
          autoComplete="new-password"
          validate={[required(), matchesNewPassword]}
        />
        <Box>
          <SaveButton label="traject.profile.change" alwaysEnable />
        </Box>
      </Box>
    </Form>
  );
}
