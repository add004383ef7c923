import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton } from '@mui/material';
import AddIcon from '@mui/icons-material/PersonAdd';
import CloseIcon from '@mui/icons-material/Close';
import EditIcon from '@mui/icons-material/Edit';
import {
  Button,
  CreateBase,
  EditBase,
  ResourceContextProvider,
  SimpleForm,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import type { Contact } from '../organisations/types';
import { ContactInputs } from './ContactInputs';

function ContactDialogFrame({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="contact-dialog-title">
      <DialogTitle id="contact-dialog-title" sx={{ pr: 6 }}>
        {translate(title)}
        <IconButton aria-label={translate('ra.action.close')} onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent sx={{ p: 0 }}>
        <ResourceContextProvider value="contacts">{children}</ResourceContextProvider>
      </DialogContent>
    </Dialog>
  );
}

/** "Add a contact" on an organisation's page: the organisation is prefilled and fixed. */
export function AddContactButton({ organisationId }: { organisationId: string }) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useSaveErrorNotifier();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="traject.contacts.add" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <ContactDialogFrame title="traject.contacts.add" open={open} onClose={() => setOpen(false)}>
        <CreateBase
          resource="contacts"
          record={{ organisationId, legalBasis: 'public_task', isPrimary: false }}
          redirect={false}
          mutationOptions={{
            onSuccess: () => {
              notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
              setOpen(false);
              refresh();
            },
            onError,
          }}
        >
          <SimpleForm>
            <ContactInputs mode="create" organisationFixed />
          </SimpleForm>
        </CreateBase>
      </ContactDialogFrame>
    </>
  );
}

/** Edits one contact of the list in place. */
export function EditContactButton() {
  const contact = useRecordContext<Contact>();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useSaveErrorNotifier();
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
      <ContactDialogFrame title="traject.contacts.edit" open={open} onClose={() => setOpen(false)}>
        <EditBase
          resource="contacts"
          id={contact.id}
          redirect={false}
          mutationMode="pessimistic"
          mutationOptions={{
            onSuccess: () => {
              notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
              setOpen(false);
              refresh();
            },
            onError,
          }}
        >
          <SimpleForm>
            <ContactInputs mode="edit" />
          </SimpleForm>
        </EditBase>
      </ContactDialogFrame>
    </>
  );
}
