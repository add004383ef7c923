import { Edit, SimpleForm } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { ProgrammeInputs } from './ProgrammeInputs';

/** Admins rename, re-stage or retire a programme (referrals keep pointing to it). */
export default function ProgrammeEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm>
        <ProgrammeInputs />
      </SimpleForm>
    </Edit>
  );
}
