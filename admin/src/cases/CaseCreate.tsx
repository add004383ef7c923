import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { today } from '../common/days';
import { CaseInputs } from './CaseInputs';

/** Opening a case (coordinators and admins); `?source={"organisationId":…}` prefills the organisation. */
export default function CaseCreate() {
  const { identity } = useGetIdentity();
  const onError = useSaveErrorNotifier();
  if (!identity) return null;
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm
        defaultValues={{ stage: 'intake', priority: 'normal', openedOn: today(), coordinatorId: identity.id }}
      >
        <CaseInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
