import { useState } from 'react';
import { Box, Typography } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import {
  Button,
  CreateBase,
  Datagrid,
  ReferenceManyField,
  SelectField,
  SimpleForm,
  TextField,
  useCanAccess,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { DialogToolbar, FormDialog, useSavedInDialog } from '../common/FormDialog';
import { UserName } from '../users/UserName';
import { useOpenCase } from '../cases/useOpenCase';
import type { Organisation } from '../organisations/types';
import { CompleteTaskCheckbox } from './CompleteTaskCheckbox';
import { DueDateField } from './DueDateField';
import { TaskInputs } from './TaskInputs';
import { taskStatusChoices } from './types';

/** The "add a task" dialog of an organisation: for me, on the open case, unless changed. */
export function AddTaskDialog({
  organisationId,
  open,
  onClose,
  title,
}: {
  organisationId: string;
  open: boolean;
  onClose: () => void;
  title?: string;
}) {
  const saved = useSavedInDialog(onClose, 'traject.field.task_created', (record) => ({
    name: String(record.title ?? ''),
    to: `/tasks/${record.id}`,
  }));
  const { identity } = useGetIdentity();
  const { openCase } = useOpenCase(organisationId);
  if (!identity) return null;
  return (
    <FormDialog title="traject.tasks.add" resource="tasks" open={open} onClose={onClose}>
      {open && (
        <CreateBase
          resource="tasks"
          record={{
            organisationId,
            caseId: openCase?.id ?? null,
            assigneeId: identity.id,
            status: 'todo',
            ...(title ? { title } : {}),
          }}
          redirect={false}
          mutationOptions={saved}
        >
          <SimpleForm toolbar={<DialogToolbar />}>
            <TaskInputs mode="create" organisationFixed />
          </SimpleForm>
        </CreateBase>
      )}
    </FormDialog>
  );
}

/** "Add a task" on an organisation's page. */
function AddTaskButton({ organisationId }: { organisationId: string }) {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="traject.tasks.add" onClick={() => setOpen(true)}>
        <AddTaskIcon />
      </Button>
      <AddTaskDialog organisationId={organisationId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** The "Tasks" tab of an organisation: what is to do about it, ticked off in place. */
export function OrganisationTasks() {
  const organisation = useRecordContext<Organisation>();
  if (!organisation) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <AddTaskButton organisationId={String(organisation.id)} />
      </Box>
      <ReferenceManyField
        reference="tasks"
        target="organisationId"
        sort={{ field: 'dueOn', order: 'ASC' }}
        perPage={100}
        empty={<Typography sx={{ py: 2, color: 'text.secondary' }}>—</Typography>}
      >
        <Datagrid bulkActionButtons={false} rowClick="edit">
          <CompleteTaskCheckbox label="traject.task_statuses.done" />
          <TextField source="title" />
          <DueDateField label="resources.tasks.fields.dueOn" />
          <UserName source="assigneeId" label="resources.tasks.fields.assigneeId" />
          <SelectField source="status" choices={taskStatusChoices} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
}
