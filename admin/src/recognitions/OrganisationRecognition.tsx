import { useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useCreate, useGetList, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { errorMessage } from '../common/errorMessage';
import { useCaseWriter } from '../cases/useCaseWriter';
import type { Organisation } from '../organisations/types';
import { RenewalBadges, StatusChip } from './RecognitionBadges';
import { RecognitionFile } from './RecognitionFile';
import { RECOGNITION_KINDS, type Recognition, type RecognitionKind } from './types';
import { formatDay } from '../../../api/src/domain';

/**
 * The "Recognition" tab: the file being worked on (or the one picked in the history), its moves,
 * checklist and renewal; "new file" for another kind; every file the organisation has had.
 */
export function OrganisationRecognition() {
  const organisation = useRecordContext<Organisation>();
  const translate = useTranslate();
  const notify = useNotify();
  const [_locale] = useLocaleState(); // re-renders on a language switch
  const organisationId = organisation?.id ? String(organisation.id) : undefined;
  const { canWrite, openCase } = useCaseWriter(organisationId);
  const {
    data: files = [],
    isPending,
    refetch,
  } = useGetList<Recognition>(
    'recognitions',
    { filter: { organisationId }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!organisationId },
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [kind, setKind] = useState<RecognitionKind>('brussels_esd');
  const [create, { isPending: saving }] = useCreate<Recognition>();
  if (!organisation) return null;

  const current = files.find((file) => file.id === selectedId) ?? files[0];
  const renewedIds = new Set(files.map((file) => file.previousId).filter(Boolean));
  const day = (value: string | null) => (value ? formatDay(value) : '—');

  const file = (data: Record<string, unknown>, done: string) =>
    create(
      'recognitions',
      { data: { organisationId: organisation.id, caseId: openCase?.id ?? null, ...data } },
      {
        onSuccess: (created) => {
          notify(done, { type: 'info' });
          setCreating(false);
          setSelectedId(created.id);
          void refetch();
        },
        onError: (error) => notify(errorMessage(error), { type: 'error' }),
      },
    );

  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('traject.recognitions.intro')}
        </Typography>
        {canWrite && !organisation.archived && (
          <Button
            variant={files.length ? 'outlined' : 'contained'}
            startIcon={<AddIcon />}
            onClick={() => setCreating(true)}
          >
            {translate('traject.recognitions.new')}
          </Button>
        )}
      </Stack>
      {!isPending && files.length === 0 && (
        <Typography sx={{ py: 2, color: 'text.secondary' }}>{translate('traject.recognitions.none')}</Typography>
      )}
      {current && (
        <RecognitionFile
          key={`${current.id}-${current.version}`}
          file={current}
          canWrite={canWrite}
          renewed={renewedIds.has(current.id)}
          onChanged={() => void refetch()}
          onRenew={() => file({ kind: current.kind, previousId: current.id }, 'traject.recognitions.renewal_filed')}
        />
      )}
      {files.length > 1 && (
        <>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 3 }}>
            {translate('traject.recognitions.history')}
          </Typography>
          <Table size="small" aria-label={translate('traject.recognitions.history')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.recognitions.fields.kind')}</TableCell>
                <TableCell>{translate('resources.recognitions.fields.term')}</TableCell>
                <TableCell>{translate('resources.recognitions.fields.status')}</TableCell>
                <TableCell>{translate('resources.recognitions.fields.submittedOn')}</TableCell>
                <TableCell>{translate('resources.recognitions.fields.decisionOn')}</TableCell>
                <TableCell>{translate('resources.recognitions.fields.validUntil')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {files.map((row) => (
                <TableRow
                  key={row.id}
                  hover
                  selected={row.id === current?.id}
                  onClick={() => setSelectedId(row.id)}
                  sx={{ cursor: 'pointer' }}
                >
                  <TableCell>{translate(`traject.recognitions.kinds.${row.kind}`)}</TableCell>
                  <TableCell>{translate(`traject.recognitions.terms.${row.term}`)}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5}>
                      <StatusChip record={row} />
                      <RenewalBadges record={row} />
                    </Stack>
                  </TableCell>
                  <TableCell>{day(row.submittedOn)}</TableCell>
                  <TableCell>{day(row.decisionOn)}</TableCell>
                  <TableCell>{day(row.validUntil)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <Dialog
        open={creating}
        onClose={() => setCreating(false)}
        fullWidth
        maxWidth="sm"
        aria-labelledby="new-recognition-title"
      >
        <DialogTitle id="new-recognition-title">{translate('traject.recognitions.new')}</DialogTitle>
        <DialogContent>
          <FormControl fullWidth sx={{ mt: 1 }}>
            <InputLabel id="recognition-kind">{translate('resources.recognitions.fields.kind')}</InputLabel>
            <Select
              labelId="recognition-kind"
              label={translate('resources.recognitions.fields.kind')}
              value={kind}
              onChange={(event) => setKind(event.target.value as RecognitionKind)}
            >
              {RECOGNITION_KINDS.map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`traject.recognitions.kinds.${value}`)}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {kind === 'brussels_esi_mandate' && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('traject.recognitions.mandate_hint')}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCreating(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={saving} onClick={() => file({ kind }, 'traject.recognitions.created')}>
            {translate('ra.action.create')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
