import { Alert } from '@mui/material';
import {
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useEditContext,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { useCan } from '../auth/useCan';
import { MeetingInputs } from './MeetingInputs';
import type { Meeting } from './types';

const MeetingEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

function MeetingEditForm() {
  const { record } = useEditContext<Meeting>();
  const { identity } = useGetIdentity();
  const can = useCan();
  const translate = useTranslate();
  if (!record || !identity) return null;
  if (!can('meetings', 'edit', record)) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('traject.meetings.read_only')}
      </Alert>
    );
  }
  return (
    <SimpleForm toolbar={<MeetingEditToolbar />}>
      <MeetingInputs mode="edit" />
    </SimpleForm>
  );
}

export default function MeetingEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <MeetingEditForm />
    </Edit>
  );
}
