import { BooleanInput, PasswordInput, SelectInput, TextInput, email, minLength, required } from 'react-admin';
import { languageChoices, PASSWORD_MIN_LENGTH, roleChoices } from './choices';

/** The inputs create and edit share; the password is required to create, optional (a reset) to edit. */
export function UserInputs({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      <TextInput source="fullName" validate={required()} />
      <TextInput source="email" type="email" validate={[required(), email()]} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <SelectInput source="language" choices={languageChoices} validate={required()} />
      <BooleanInput source="active" />
      {mode === 'create' ? (
        <PasswordInput
          source="password"
          autoComplete="new-password"
          helperText="traject.users.password_hint"
          validate={[required(), minLength(PASSWORD_MIN_LENGTH)]}
        />
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
