import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { DuplicateKind, DuplicateRecord, merge, MERGE_FIELDS } from './duplicatesApi';

interface Props {
  kind: DuplicateKind;
  pair: [DuplicateRecord, DuplicateRecord];
  onClose: () => void;
  onMerged: (survivorId: string) => void;
}

/** Side by side: choose the survivor and, field by field, whose value it keeps. */
export function MergeDialog({ kind, pair, onClose, onMerged }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const [[survivor, source], setOrder] = useState(pair);
  const [fields, setFields] = useState<Record<string, 'survivor' | 'source'>>({});
  const resource = kind === 'organisation' ? 'organisations' : 'contacts';
  const submit = async () => {
    try {
      await merge(kind, survivor.id, source.id, fields);
      notify('traject.duplicates.merged', { type: 'success' });
      onMerged(survivor.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate('traject.duplicates.merge_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('traject.duplicates.merge_intro')}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>{translate('traject.duplicates.survivor')}</TableCell>
              <TableCell>{translate('traject.duplicates.source')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {MERGE_FIELDS[kind].map((field) => {
              const chosen = fields[field] ?? 'survivor';
              return (
                <TableRow key={field}>
                  <TableCell>{translate(`resources.${resource}.fields.${field}`)}</TableCell>
                  {(['survivor', 'source'] as const).map((side) => (
                    <TableCell key={side}>
                      <Radio
                        size="small"
                        checked={chosen === side}
                        onChange={() => setFields({ ...fields, [field]: side })}
                        slotProps={{
                          input: {
                            'aria-label': `${translate(`resources.${resource}.fields.${field}`)}: ${translate(`traject.duplicates.${side}`)}`,
                          },
                        }}
                      />
                      {String((side === 'survivor' ? survivor : source)[field] ?? '—')}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            setOrder([source, survivor]);
            setFields({});
          }}
        >
          {translate('traject.duplicates.swap')}
        </Button>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit}>
          {translate('traject.duplicates.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
