import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { postAction } from '../common/postAction';
import { errorMessage } from '../common/errorMessage';
import { useAction } from '../common/useAction';
import { KIND_CLOCKS, type ObligationView, type Recognition } from './types';

interface Props {
  file: Recognition;
  canWrite: boolean;
  day: (value: string | null) => string;
  onChanged: () => void;
}

type FactField = 'callDeadline' | 'permanentFte' | 'selfEmployedPartners' | 'mainOccupationPartners';

/**
 * What a file's clock and conditions need besides its dates: a mandate's call deadline, the staff for the
 * staff test (Brussels approvals), and the yearly obligations that follow an approval, each marked done here.
 */
export function RecognitionFacts({ file, canWrite, day, onChanged }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { busy, run } = useAction();
  const clock = KIND_CLOCKS[file.kind];
  const fields: FactField[] =
    clock.renewal === 'call'
      ? ['callDeadline']
      : clock.renewal === 'window'
        ? ['permanentFte', 'selfEmployedPartners', 'mainOccupationPartners']
        : [];
  const closed = ['refused', 'expired', 'withdrawn'].includes(file.status);

  async function save(field: FactField, raw: string) {
    const value = raw === '' ? null : field === 'callDeadline' ? raw : Number(raw.replace(',', '.'));
    if (value === (file[field] ?? null)) return;
    try {
      await dataProvider.update('recognitions', {
        id: file.id,
        previousData: file,
        data: { version: file.version, [field]: value },
      });
      onChanged();
    } catch (failure) {
      notify(errorMessage(failure), { type: 'error' });
    }
  }

  async function markDone(obligation: ObligationView, done: boolean) {
    await run(async () => {
      await postAction(`/recognitions/${file.id}/obligations`, {
        obligation: obligation.obligation,
        year: obligation.year,
        done,
      });
      onChanged();
    });
  }

  return (
    <>
      {fields.length > 0 && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2, my: 2 }}>
          {fields.map((field) => (
            <TextField
              key={field}
              size="small"
              type={field === 'callDeadline' ? 'date' : 'number'}
              label={translate(`resources.recognitions.fields.${field}`)}
              helperText={translate(`traject.recognitions.facts.${field}_hint`)}
              defaultValue={file[field] ?? ''}
              disabled={!canWrite || closed}
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: field === 'callDeadline' ? {} : { min: 0, step: field === 'permanentFte' ? 0.1 : 1 },
              }}
              onBlur={(event) => void save(field, event.target.value)}
            />
          ))}
        </Box>
      )}
      {file.obligations?.length > 0 && (
        <Box component="section" aria-labelledby={`obligations-${file.id}`} sx={{ my: 2 }}>
          <Typography id={`obligations-${file.id}`} variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate('traject.recognitions.obligations.title')}
          </Typography>
          {file.obligations.map((obligation) => (
            <Stack
              key={`${obligation.obligation}-${obligation.year}`}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center', py: 0.5, flexWrap: 'wrap' }}
              data-obligation={obligation.obligation}
            >
              <Typography sx={{ flex: '1 1 320px' }}>
                {translate(`traject.recognitions.obligations.${obligation.obligation}`, { year: obligation.year - 1 })}
                {' — '}
                {translate('traject.recognitions.obligations.due', { date: day(obligation.dueOn) })}
              </Typography>
              {obligation.doneOn ? (
                <>
                  <Typography color="success.main">
                    {translate('traject.recognitions.obligations.done_on', { date: day(obligation.doneOn) })}
                  </Typography>
                  {canWrite && (
                    <Button size="small" disabled={busy} onClick={() => void markDone(obligation, false)}>
                      {translate('traject.recognitions.obligations.reopen')}
                    </Button>
                  )}
                </>
              ) : (
                canWrite &&
                obligation.opened && (
                  <Button
                    size="small"
                    variant="outlined"
                    disabled={busy}
                    onClick={() => void markDone(obligation, true)}
                  >
                    {translate('traject.recognitions.obligations.mark_done')}
                  </Button>
                )
              )}
              {!obligation.opened && !obligation.doneOn && (
                <Typography variant="body2" color="text.secondary">
                  {translate('traject.recognitions.obligations.opens', { date: day(obligation.opensOn) })}
                </Typography>
              )}
            </Stack>
          ))}
        </Box>
      )}
    </>
  );
}
