import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
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

interface ErasureMatch {
  key: string;
  entity: string;
  field: string;
  context: string;
}
interface ErasurePreview {
  erased: ErasureMatch[];
  review: ErasureMatch[];
}

/**
 * Admin only, irreversible: the confirmation names the person, says how many records naming them are
 * erased, and lists the similar mentions elsewhere (with their context) for the admin to tick.
 */
export function AnonymiseContactButton() {
  const contact = useRecordContext<Contact>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'gdpr' });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (!contact || !canAccess || contact.anonymisedAt) return null;
  const name = `${contact.firstName} ${contact.lastName}`;
  const url = `/api/contacts/${encodeURIComponent(contact.id)}/anonymise`;

  const start = async () => {
    setOpen(true);
    setPreview(null);
    setChosen(new Set());
    try {
      setPreview((await httpClient(url)).json as ErasurePreview);
    } catch (error) {
      setOpen(false);
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };

  const anonymise = async () => {
    setBusy(true);
    try {
      await httpClient(url, { method: 'POST', body: JSON.stringify({ alsoErase: [...chosen] }) });
      notify('traject.contacts.anonymised', { type: 'info', messageArgs: { name } });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const toggle = (key: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const content = !preview ? (
    <Typography>{translate('traject.contacts.anonymise_loading')}</Typography>
  ) : (
    <Stack spacing={1}>
      <Typography>
        {translate('traject.contacts.anonymise_content', { count: new Set(preview.erased.map((m) => m.key)).size })}
      </Typography>
      {preview.review.length > 0 && <Typography>{translate('traject.contacts.anonymise_review')}</Typography>}
      {preview.review.map((match) => (
        <FormControlLabel
          key={match.key}
          control={<Checkbox checked={chosen.has(match.key)} onChange={() => toggle(match.key)} />}
          label={<Typography variant="body2">{match.context}</Typography>}
        />
      ))}
    </Stack>
  );

  return (
    <>
      <Button
        label="traject.contacts.anonymise"
        color="error"
        onClick={(event) => {
          event.stopPropagation();
          void start();
        }}
      >
        <PersonOffIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy || !preview}
        title="traject.contacts.anonymise_title"
        content={content}
        translateOptions={{ name }}
        confirm="traject.contacts.anonymise"
        confirmColor="warning"
        onConfirm={anonymise}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
