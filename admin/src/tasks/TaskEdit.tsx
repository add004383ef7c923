import { Alert } from '@mui/material';
import {
  DeleteWithConfirmButton,
  Edit,
  Labeled,
  ReferenceField,
  SaveButton,
  SimpleForm,
  Toolbar,
  useEditContext,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { useCan } from '../auth/useCan';
import { UserName } from '../users/UserName';
import { TaskInputs } from './TaskInputs';
import type { Task } from './types';

/** Deleting is for the task's creator, coordinators and admins (not the assignee alone). */
function TaskEditToolbar() {
  const task = useRecordContext<Task>();
  const can = useCan();
  const canDelete = can('tasks', 'delete', task ?? null);
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {canDelete && <DeleteWithConfirmButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}

function TaskEditForm() {
  const { record } = useEditContext<Task>();
  const { identity } = useGetIdentity();
  const can = useCan();
  const translate = useTranslate();
  if (!record || !identity) return null;
  if (!can('tasks', 'edit', record))
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('traject.tasks.read_only')}
      </Alert>
    );
  return (
    <SimpleForm toolbar={<TaskEditToolbar />}>
      <TaskInputs mode="edit" />
      {record.meetingId && (
        <Labeled>
          <ReferenceField source="meetingId" reference="meetings" link="show" />
        </Labeled>
      )}
      <Labeled label="resources.tasks.fields.createdById">
        <UserName source="createdById" />
      </Labeled>
      {record.completedAt && (
        <Labeled>
          <DateField source="completedAt" showTime />
        </Labeled>
      )}
    </SimpleForm>
  );
}

export default function TaskEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="list">
      <TaskEditForm />
    </Edit>
  );
}
