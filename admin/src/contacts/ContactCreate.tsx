import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { ContactInputs } from './ContactInputs';

export default function ContactCreate() {
  const onError = useSaveErrorNotifier();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ legalBasis: 'public_task', isPrimary: false }}>
        <ContactInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
