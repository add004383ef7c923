import BlockIcon from '@mui/icons-material/Block';
import { DeleteWithConfirmButton, useNotify, useRecordContext, useRedirect } from 'react-admin';
import type { User } from '../auth/types';

/** Users are never deleted: DELETE /api/users/{id} deactivates them and ends their sessions. */
export function DeactivateButton() {
  const user = useRecordContext<User>();
  const notify = useNotify();
  const redirect = useRedirect();
  if (!user?.active) return null;
  return (
    <DeleteWithConfirmButton
      label="traject.users.deactivate"
      icon={<BlockIcon />}
      confirmTitle="traject.users.deactivate_title"
      confirmContent="traject.users.deactivate_content"
      translateOptions={{ name: user.fullName }}
      mutationMode="pessimistic"
      mutationOptions={{
        onSuccess: () => {
          notify('traject.users.deactivated', { type: 'info' });
          redirect('list', 'users');
        },
      }}
    />
  );
}
