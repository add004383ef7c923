import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { MeetingInputs } from './MeetingInputs';

/** Logging a meeting from the meetings list; the organisation's page offers the quicker dialog. */
export default function MeetingCreate() {
  const onError = useSaveErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm
        defaultValues={() => ({
          occurredAt: new Date().toISOString(),
          channel: 'in_person',
          contactIds: [],
          staffIds: [],
        })}
      >
        <MeetingInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
