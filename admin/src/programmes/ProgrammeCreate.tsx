import { Create, SimpleForm } from 'react-admin';
import { ProgrammeInputs } from './ProgrammeInputs';

export default function ProgrammeCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ partner: 'coopcity', active: true }}>
        <ProgrammeInputs />
      </SimpleForm>
    </Create>
  );
}
