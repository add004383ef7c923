import {
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { OrganisationInputs } from './OrganisationInputs';
import type { Organisation } from './types';

/** DELETE archives for advisors and coordinators, deletes for admins: the button says which. */
function RemoveButton() {
  const organisation = useRecordContext<Organisation>();
  const { canAccess } = useCanAccess({ resource: 'organisations', action: 'delete' });
  const { canAccess: isAdmin } = useCanAccess({ resource: 'organisations', action: 'purge' });
  if (!organisation || !canAccess || (organisation.archived && !isAdmin)) return null;
  const verb = isAdmin ? 'delete' : 'archive';
  return (
    <DeleteWithConfirmButton
      label={`traject.organisations.${verb}`}
      confirmTitle={`traject.organisations.${verb}_title`}
      confirmContent={`traject.organisations.${verb}_content`}
      translateOptions={{ name: organisation.name }}
      mutationMode="pessimistic"
      redirect="list"
    />
  );
}

const OrganisationEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <RemoveButton />
  </Toolbar>
);

export default function OrganisationEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <SimpleForm mode="onChange" toolbar={<OrganisationEditToolbar />}>
        <OrganisationInputs />
      </SimpleForm>
    </Edit>
  );
}
