import { useState } from 'react';
import AddIcon from '@mui/icons-material/PersonAdd';
import EditIcon from '@mui/icons-material/Edit';
import { Button, CreateBase, EditBase, SimpleForm, useCanAccess, useRecordContext } from 'react-admin';
import { DialogToolbar, FormDialog, useSavedInDialog } from '../common/FormDialog';
import type { Contact } from '../organisations/types';
import { ContactInputs } from './ContactInputs';

/** "Add a contact" on an organisation's page: the organisation is prefilled and fixed. */
export function AddContactButton({ organisationId }: { organisationId: string }) {
  const [open, setOpen] = useState(false);
  const saved = useSavedInDialog(
    () => setOpen(false),
    'traject.field.contact_created',
    (record) => ({ name: `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim() }),
  );
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="traject.contacts.add" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <FormDialog
        title="traject.contacts.add"
        resource="contacts"
        maxWidth="sm"
        open={open}
        onClose={() => setOpen(false)}
      >
        <CreateBase
          resource="contacts"
          record={{ organisationId, legalBasis: 'public_task', isPrimary: false }}
          redirect={false}
          mutationOptions={saved}
        >
          <SimpleForm toolbar={<DialogToolbar />}>
            <ContactInputs mode="create" organisationFixed />
          </SimpleForm>
        </CreateBase>
      </FormDialog>
    </>
  );
}

/** Edits one contact of the list in place. */
export function EditContactButton() {
  const contact = useRecordContext<Contact>();
  const [open, setOpen] = useState(false);
  const saved = useSavedInDialog(
    () => setOpen(false),
    'traject.field.contact_updated',
    (record) => ({ name: `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim() }),
  );
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'edit' });
  if (!contact || !canAccess || contact.anonymisedAt) return null;
  return (
    <>
      <Button
        label="ra.action.edit"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <EditIcon />
      </Button>
      <FormDialog
        title="traject.contacts.edit"
        resource="contacts"
        maxWidth="sm"
        open={open}
        onClose={() => setOpen(false)}
      >
        <EditBase
          resource="contacts"
          id={contact.id}
          redirect={false}
          mutationMode="pessimistic"
          mutationOptions={saved}
        >
          <SimpleForm>
            <ContactInputs mode="edit" />
          </SimpleForm>
        </EditBase>
      </FormDialog>
    </>
  );
}
