import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { TaskInputs } from './TaskInputs';

export default function TaskCreate() {
  const { identity } = useGetIdentity();
  const onError = useSaveErrorNotifier();
  if (!identity) return null;
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ assigneeId: identity.id, status: 'todo' }}>
        <TaskInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
