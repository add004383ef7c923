import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { UserInputs } from './UserInputs';

export default function UserCreate() {
  const onError = useSaveErrorNotifier();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ role: 'advisor', language: 'fr', active: true }}>
        <UserInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
