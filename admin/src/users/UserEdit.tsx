import { Box } from '@mui/material';
import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { SendInvitationButton } from '../invitations/SendInvitationButton';
import { UserSecondFactor } from '../secondFactor/UserSecondFactor';
import { UserSessions } from '../sessions/UserSessions';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { DeactivateButton } from './DeactivateButton';
import { UserInputs } from './UserInputs';

const UserEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeactivateButton />
  </Toolbar>
);

/** An empty "new password" means "keep it": the API only resets when a password is sent. */
function withoutEmptyPassword({ password, ...user }: Record<string, unknown>) {
  return password ? { ...user, password } : user;
}

export default function UserEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} transform={withoutEmptyPassword}>
      <SimpleForm toolbar={<UserEditToolbar />}>
        <UserInputs mode="edit" />
      </SimpleForm>
      <Box sx={{ px: 2, pb: 2 }}>
        <SendInvitationButton />
        <UserSecondFactor />
        <UserSessions />
      </Box>
    </Edit>
  );
}
