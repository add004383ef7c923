import { useEffect, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { today } from './days';
import { DayPicker } from './DatePickers';

interface MoveAnswer {
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
  /** Something to weigh before confirming (e.g. a checklist not complete), shown above the fields. */
  warning?: string;
  onClose: () => void;
  onConfirm: (answer: MoveAnswer) => void;
}

/** Asks what a lifecycle move needs: a comment, outcome or reason, and the day. */
export function MoveDialog({
  open,
  title,
  textLabel,
  textRequired = false,
  withDate = false,
  busy = false,
  warning,
  onClose,
  onConfirm,
}: Props) {
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
          {warning && (
            <Alert severity="warning" role="alert">
              {warning}
            </Alert>
          )}
          <TextField
            label={translate(textLabel)}
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            required={textRequired}
            autoFocus
          />
          {withDate && (
            <DayPicker
              label={translate('traject.moves.on')}
              value={on}
              onChange={(day) => setOn(day ?? '')}
              sx={{ maxWidth: 220 }}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => onConfirm({ text: text.trim(), on })}>
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
