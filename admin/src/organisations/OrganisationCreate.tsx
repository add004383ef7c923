import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { OrganisationInputs } from './OrganisationInputs';

export default function OrganisationCreate() {
  const onError = useSaveErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" defaultValues={{ sectors: [], languages: [], tags: [] }}>
        <OrganisationInputs />
      </SimpleForm>
    </Create>
  );
}
