import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { httpClient } from '../auth/httpClient';
import type { Contact } from '../organisations/types';
import { downloadContactExport } from './gdpr';

/** Admin only: the JSON of everything held on the person. */
export function ExportContactButton() {
  const contact = useRecordContext<Contact>();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'gdpr' });
  const [busy, setBusy] = useState(false);
  if (!contact || !canAccess) return null;
  return (
    <Button
      label="traject.contacts.gdpr_export"
      disabled={busy}
      onClick={async (event) => {
        event.stopPropagation();
        setBusy(true);
        try {
          await downloadContactExport(contact.id);
        } catch (error) {
          notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      <DownloadIcon />
    </Button>
  );
}

/** Admin only, irreversible: the confirmation names the person. */
export function AnonymiseContactButton() {
  const contact = useRecordContext<Contact>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'gdpr' });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!contact || !canAccess || contact.anonymisedAt) return null;
  const name = `${contact.firstName} ${contact.lastName}`;

  const anonymise = async () => {
    setBusy(true);
    try {
      await httpClient(`/api/contacts/${encodeURIComponent(contact.id)}/anonymise`, { method: 'POST' });
      notify('traject.contacts.anonymised', { type: 'info', messageArgs: { name } });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="traject.contacts.anonymise"
        color="error"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <PersonOffIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="traject.contacts.anonymise_title"
        content="traject.contacts.anonymise_content"
        translateOptions={{ name }}
        confirm="traject.contacts.anonymise"
        confirmColor="warning"
        onConfirm={anonymise}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
