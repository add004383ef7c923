import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { today } from './useJourneyWriter';

export interface MoveAnswer {
  text: string;
  on: string;
}

interface Props {
  open: boolean;
  title: string;
  /** The text field's label, and whether it is required (a reason, an outcome) or optional (a comment). */
  textLabel: string;
  textRequired?: boolean;
  /** Ask for the day it happened (default today). */
  withDate?: boolean;
  busy?: boolean;
  onClose: () => void;
  onConfirm: (answer: MoveAnswer) => void;
}

/** Asks what a lifecycle move needs: a comment, outcome or reason, and the day. */
export function MoveDialog({ open, title, textLabel, textRequired = false, withDate = false, busy = false, onClose, onConfirm }: Props) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [on, setOn] = useState(today());
  useEffect(() => {
    if (open) {
      setText('');
      setOn(today());
    }
  }, [open]);
  const valid = (!textRequired || text.trim().length > 0) && (!withDate || /^\d{4}-\d{2}-\d{2}$/.test(on));
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="move-dialog-title">
      <DialogTitle id="move-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField label={translate(textLabel)} value={text} onChange={(event) => setText(event.target.value)} multiline minRows={2} fullWidth required={textRequired} autoFocus />
          {withDate && (
            <TextField
              type="date"
              label={translate('traject.moves.on')}
              value={on}
              onChange={(event) => setOn(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ maxWidth: 220 }}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => onConfirm({ text: text.trim(), on })}>
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
