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
  useTranslate,
} from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { useCan } from '../auth/useCan';
import { CaseInputs } from './CaseInputs';
import type { Case } from './types';

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

export default function CaseEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <CaseEditForm />
    </Edit>
  );
}
