import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { UserInputs } from './UserInputs';

/** No password: the API invites the person by e-mail to choose their own. */
function withoutEmptyPassword({ password, ...user }: Record<string, unknown>) {
  return password ? { ...user, password } : user;
}

export default function UserCreate() {
  const onError = useSaveErrorNotifier();
  return (
    <Create redirect="list" mutationOptions={{ onError }} transform={withoutEmptyPassword}>
      <SimpleForm defaultValues={{ role: 'advisor', language: 'fr', active: true }}>
        <UserInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
