import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  InputLabel,
  Select,
  Stack,
  TextField,
} from '@mui/material';
import { useDataProvider, useGetList, useNotify, useTranslate, type HttpError } from 'react-admin';
import { DayPicker } from '../common/DatePickers';
import { errorMessage } from '../common/errorMessage';
import { UNDO_WINDOW_MS, UndoNotice } from '../common/UndoNotice';
import { usePartners } from '../partners/usePartners';
import { needsProgramme } from '../../../api/src/domain/partners';
import { programmeOptions } from './programmeOptions';
import type { Programme, Referral } from './types';

/** What the edit form changes (the status moves by the move buttons, undone by `undo-move`). */
const EDITED = ['referredOn', 'programmeId', 'outcome', 'reason'] as const;
type Edited = Pick<Referral, (typeof EDITED)[number]>;

interface Props {
  /** The referral as the list has it now (a reload after a conflict brings its new version, keeping what was typed). */
  referral: Referral | undefined;
  onClose: () => void;
  /** Saved, or undone: the list reloads (and the dialog closes). */
  onDone: () => void;
  /** A conflict: the list reloads, the dialog stays. */
  onReload: () => void;
}

/**
 * Edits a referral's day, programme, outcome and reason (a PUT carrying the referral's version). The toast saying it
 * is saved offers "Undo", which puts back the values the save changed, as the referral is then.
 */
export function EditReferralDialog({ referral, onClose, onDone, onReload }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { byId } = usePartners();
  const [values, setValues] = useState<Edited>({ referredOn: '', programmeId: null, outcome: null, reason: null });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = (referral && byId.get(referral.partner)?.kind) || 'programme';
  const { data: programmes = [] } = useGetList<Programme>(
    'programmes',
    {
      filter: { partner: referral?.partner },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: !!referral },
  );
  const id = referral?.id;
  useEffect(() => {
    if (referral) {
      setValues({
        referredOn: referral.referredOn,
        programmeId: referral.programmeId,
        outcome: referral.outcome,
        reason: referral.reason,
      });
      setProblem(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filled when a referral is opened, not when the list reloads it
  }, [id]);
  if (!referral) return null;
  // The active programmes, and the one it names even if retired since.
  const offered = programmes.filter((programme) => programme.active || programme.id === referral.programmeId);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(values.referredOn) && (!needsProgramme(kind) || !!values.programmeId);
  const blankToNull = (text: string) => (text.trim() ? text : null);

  const save = async () => {
    const changed = EDITED.filter((field) => (values[field] ?? null) !== (referral[field] ?? null));
    if (changed.length === 0) return onClose();
    setBusy(true);
    setProblem(null);
    try {
      await dataProvider.update<Referral>('referrals', {
        id: referral.id,
        data: { ...referral, ...values },
        previousData: referral,
      });
      const before = Object.fromEntries(changed.map((field) => [field, referral[field]]));
      const undo = async () => {
        const { data: now } = await dataProvider.getOne<Referral>('referrals', { id: referral.id });
        await dataProvider.update<Referral>('referrals', {
          id: referral.id,
          data: { ...now, ...before },
          previousData: now,
        });
        onDone();
      };
      notify(<UndoNotice message={translate('traject.referrals.updated')} onUndo={undo} />, {
        type: 'info',
        autoHideDuration: UNDO_WINDOW_MS,
      });
      onDone();
    } catch (failure) {
      const error = failure as Partial<HttpError>;
      setProblem(error.status === 409 ? translate('traject.referrals.edit_conflict') : errorMessage(failure));
      if (error.status === 409) onReload(); // the referral as saved now, its version with it; what was typed stays
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="edit-referral-title">
      <DialogTitle id="edit-referral-title">{translate('traject.referrals.edit')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {problem && (
            <Alert severity="error" role="alert">
              {problem}
            </Alert>
          )}
          <DayPicker
            label={translate('resources.referrals.fields.referredOn')}
            value={values.referredOn}
            onChange={(day) => setValues((now) => ({ ...now, referredOn: day ?? '' }))}
            sx={{ maxWidth: 220 }}
          />
          <FormControl fullWidth required={needsProgramme(kind)}>
            <InputLabel id="edit-referral-programme">{translate('resources.referrals.fields.programmeId')}</InputLabel>
            <Select
              labelId="edit-referral-programme"
              label={translate('resources.referrals.fields.programmeId')}
              value={values.programmeId ?? ''}
              onChange={(event) => setValues((now) => ({ ...now, programmeId: event.target.value || null }))}
            >
              {programmeOptions(kind, offered, translate)}
            </Select>
          </FormControl>
          <TextField
            label={translate('resources.referrals.fields.outcome')}
            value={values.outcome ?? ''}
            onChange={(event) => setValues((now) => ({ ...now, outcome: blankToNull(event.target.value) }))}
            multiline
            minRows={2}
          />
          <TextField
            label={translate('resources.referrals.fields.reason')}
            value={values.reason ?? ''}
            onChange={(event) => setValues((now) => ({ ...now, reason: blankToNull(event.target.value) }))}
            multiline
            minRows={2}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => void save()}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
