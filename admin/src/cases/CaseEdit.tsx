import { Alert } from '@mui/material';
import {
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useCanAccess,
  useEditContext,
  useGetIdentity,
  useNotify,
  useRedirect,
  useRefresh,
  useTranslate,
  type UpdateParams,
} from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { useCan } from '../auth/useCan';
import { CaseInputs } from './CaseInputs';
import type { Case } from './types';
import { useAssignmentUndo } from './useAssignmentUndo';

function CaseEditToolbar() {
  const { canAccess: canDelete } = useCanAccess({ resource: 'cases', action: 'delete' });
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {canDelete && <DeleteWithConfirmButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}

function CaseEditForm() {
  const { record } = useEditContext<Case>();
  const { identity } = useGetIdentity();
  const can = useCan();
  const translate = useTranslate();
  if (!record || !identity) return null;
  if (!can('cases', 'edit', record)) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate(record.status === 'closed' ? 'traject.cases.close_hint' : 'traject.cases.read_only')}
      </Alert>
    );
  }
  return (
    <SimpleForm toolbar={<CaseEditToolbar />}>
      <CaseInputs mode="edit" />
    </SimpleForm>
  );
}

/**
 * Saved at once (pessimistic: the API's version check and field errors answer the form while it is open). A save
 * that changed the advisor says so in a toast offering "Undo", which puts the previous advisor back; any other save
 * says "saved" as react-admin does.
 */
export default function CaseEdit() {
  const onError = useSaveErrorNotifier();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const offerUndo = useAssignmentUndo();
  const onSuccess = (saved: Case, variables: Partial<UpdateParams<Case>>) => {
    const before = variables.previousData?.advisorId ?? null;
    const after = saved.advisorId ?? null;
    if (before !== after) void offerUndo(saved.id, before, after, refresh);
    else
      notify('resources.cases.notifications.updated', {
        type: 'info',
        messageArgs: { smart_count: 1 },
      });
    redirect('show', 'cases', saved.id, saved);
  };
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError, onSuccess }} redirect="show">
      <CaseEditForm />
    </Edit>
  );
}
