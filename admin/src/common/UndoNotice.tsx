import { useState } from 'react';
import { Alert, Button } from '@mui/material';
import { useCloseNotification, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from './errorMessage';

/** How long a change can be undone from its toast. */
export const UNDO_WINDOW_MS = 10_000;

/**
 * A toast saying what was just done, with "Undo" (react-admin's words: Annuler, Ongedaan maken, Undo). The change
 * is already saved; undoing sends the reverse change through the API, then says so.
 */
export function UndoNotice({ message, onUndo }: { message: string; onUndo: () => Promise<unknown> }) {
  const translate = useTranslate();
  const close = useCloseNotification();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      await onUndo();
      close();
      notify('traject.field.undone', { type: 'info' });
    } catch (failure) {
      close();
      notify(errorMessage(failure), { type: 'error' });
    }
  };
  return (
    <Alert
      severity="success"
      variant="filled"
      role="status"
      action={
        <Button
          color="inherit"
          size="small"
          disabled={busy}
          onClick={() => void undo()}
          aria-label={translate('traject.field.undo_of', { message })}
        >
          {translate('ra.action.undo')}
        </Button>
      }
    >
      {message}
    </Alert>
  );
}
