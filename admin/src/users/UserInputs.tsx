import { Typography } from '@mui/material';
import {
  BooleanInput,
  PasswordInput,
  SelectInput,
  TextInput,
  email,
  minLength,
  required,
  useTranslate,
} from 'react-admin';
import { languageChoices, PASSWORD_MIN_LENGTH, roleChoices } from './choices';

/** The inputs create and edit share; the password is optional to create (none: an invitation by e-mail) and to edit (a reset). */
export function UserInputs({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="fullName" validate={required()} />
      <TextInput source="email" type="email" validate={[required(), email()]} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <SelectInput source="language" choices={languageChoices} validate={required()} />
      <BooleanInput source="active" />
      {mode === 'create' ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 600 }}>
            {translate('traject.invitation.create_note')}
          </Typography>
          <PasswordInput
            source="password"
            autoComplete="new-password"
            helperText="traject.users.password_hint"
            validate={minLength(PASSWORD_MIN_LENGTH)}
          />
        </>
      ) : (
        <PasswordInput
          source="password"
          label="resources.users.fields.newPassword"
          autoComplete="new-password"
          helperText="traject.users.reset_password_hint"
          validate={minLength(PASSWORD_MIN_LENGTH)}
        />
      )}
    </>
  );
}
