import { Create, SimpleForm } from 'react-admin';
import { PartnerInputs } from './PartnerInputs';

export default function PartnerCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ kind: 'service', active: true }}>
        <PartnerInputs creating />
      </SimpleForm>
    </Create>
  );
}
