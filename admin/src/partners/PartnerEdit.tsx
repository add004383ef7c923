import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { PartnerInputs } from './PartnerInputs';

/** Admins rename, re-kind or retire a partner (referrals keep pointing to it). */
export default function PartnerEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <PartnerInputs />
      </SimpleForm>
    </Edit>
  );
}
