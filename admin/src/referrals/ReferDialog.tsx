import { useEffect, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  InputLabel,
  Radio,
  RadioGroup,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import { useCreate, useGetList, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../common/errorMessage';
import { today } from '../common/days';
import { usePartners } from '../partners/usePartners';
import { needsProgramme } from '../../../api/src/domain/partners';
import { programmeOptions } from './programmeOptions';
import type { Partner, Programme, Referral } from './types';
import { DayPicker } from '../common/DatePickers';

interface Props {
  open: boolean;
  organisationId: string;
  caseId: string | null;
  onClose: () => void;
  onDone: () => void;
}

/** "Refer": an active partner, one of its active programmes (required for a programme partner like COOPCITY), the day. */
export function ReferDialog({ open, organisationId, caseId, onClose, onDone }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const { partners: all, nameOf } = usePartners();
  const partners = all.filter((p) => p.active);
  const [partner, setPartner] = useState<Partner>('coopcity');
  const kind = partners.find((p) => p.id === partner)?.kind ?? 'programme';
  const [programmeId, setProgrammeId] = useState('');
  const [referredOn, setReferredOn] = useState(today());
  const { data: programmes = [] } = useGetList<Programme>(
    'programmes',
    { filter: { partner, active: true }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: open },
  );
  const [create, { isPending }] = useCreate<Referral>();
  useEffect(() => setProgrammeId(''), [partner]);
  useEffect(() => {
    if (open) setReferredOn(today());
  }, [open]);

  const valid = (!needsProgramme(kind) || !!programmeId) && /^\d{4}-\d{2}-\d{2}$/.test(referredOn);
  const refer = () =>
    create(
      'referrals',
      { data: { organisationId, caseId, partner, programmeId: programmeId || null, referredOn } },
      {
        onSuccess: () => {
          notify('traject.referrals.created', { type: 'info' });
          onDone();
        },
        onError: (error) => notify(errorMessage(error), { type: 'error' }),
      },
    );

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="refer-title">
      <DialogTitle id="refer-title">{translate('traject.referrals.refer')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormControl>
            <FormLabel id="refer-partner">{translate('resources.referrals.fields.partner')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="refer-partner"
              value={partner}
              onChange={(event) => setPartner(event.target.value as Partner)}
            >
              {partners.map((value) => (
                <FormControlLabel key={value.id} value={value.id} control={<Radio />} label={nameOf(value)} />
              ))}
            </RadioGroup>
          </FormControl>
          <FormControl fullWidth required={needsProgramme(kind)}>
            <InputLabel id="refer-programme">{translate('resources.referrals.fields.programmeId')}</InputLabel>
            <Select
              labelId="refer-programme"
              label={translate('resources.referrals.fields.programmeId')}
              value={programmeId}
              onChange={(event) => setProgrammeId(event.target.value)}
            >
              {programmeOptions(kind, programmes, translate)}
            </Select>
          </FormControl>
          {needsProgramme(kind) && programmes.length === 0 && (
            <Typography variant="body2" color="warning.main">
              {translate('traject.referrals.no_active_programme')}
            </Typography>
          )}
          <DayPicker
            label={translate('resources.referrals.fields.referredOn')}
            value={referredOn}
            onChange={(day) => setReferredOn(day ?? '')}
            sx={{ maxWidth: 220 }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button variant="contained" disabled={!valid || isPending} onClick={refer}>
          {translate('traject.referrals.refer_action')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
