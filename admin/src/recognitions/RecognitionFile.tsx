import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemIcon,
  Paper,
  Stack,
  Step,
  StepLabel,
  Stepper,
  TextField,
  Typography,
} from '@mui/material';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { useDataProvider, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { CHECKLIST_ITEM_KIND } from '../../../api/src/domain/documents';
import { ChecklistDocuments, DossierButton } from '../documents/ChecklistDocuments';
import type { DocumentRecord } from '../documents/types';
import { MoveDialog } from '../common/MoveDialog';
import { postAction } from '../common/postAction';
import { errorMessage } from '../common/errorMessage';
import { RenewalBadges, StatusChip } from './RecognitionBadges';
import { RecognitionFacts } from './RecognitionFacts';
import {
  KIND_CLOCKS,
  nextRecognitionStatuses,
  type ChecklistItem,
  type Recognition,
  type RecognitionStatus,
} from './types';
import { formatDay } from '../../../api/src/domain';

const STEPS = ['preparing', 'submitted', 'under_review', 'decision'] as const;
const STEP_OF: Record<RecognitionStatus, number> = {
  preparing: 0,
  submitted: 1,
  incomplete: 1,
  under_review: 2,
  approved: 3,
  refused: 3,
  expired: 3,
  withdrawn: -1,
};
const DATED: readonly RecognitionStatus[] = [
  'submitted',
  'under_review',
  'approved',
  'refused',
  'expired',
  'withdrawn',
  'incomplete',
];

interface Props {
  file: Recognition;
  canWrite: boolean;
  renewed: boolean;
  onChanged: () => void;
  onRenew: () => void;
}

/** One recognition file: where it stands, the next moves, the dossier checklist, warnings and dates. */
export function RecognitionFile({ file, canWrite, renewed, onChanged, onRenew }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const [_locale] = useLocaleState(); // re-renders on a language switch
  const dataProvider = useDataProvider();
  const [moving, setMoving] = useState<RecognitionStatus | null>(null);
  const [busy, setBusy] = useState(false);
  // The API shapes the dossier to the file's kind and term (domain/recognition-dossier).
  const [checklist, setChecklist] = useState<ChecklistItem[]>(() => file.checklist ?? []);
  const clock = KIND_CLOCKS[file.kind];
  const closed = ['refused', 'expired', 'withdrawn'].includes(file.status);
  const moves = nextRecognitionStatuses(file.status);
  const day = (value: string | null) => (value ? formatDay(value) : '—');
  const { data: documents = [], refetch: refetchDocuments } = useGetList<DocumentRecord>('documents', {
    filter: { recognitionId: file.id },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'uploadedAt', order: 'ASC' },
  });
  const proofOf = (code: string) => documents.filter((d) => d.checklistItem === code);
  // An item is done when a document proves it, or when it was ticked by hand (with a note).
  const isDone = (item: ChecklistItem) =>
    proofOf(item.code).length > 0 || (item.done && !(item.documentIds?.length && !proofOf(item.code).length));
  const progress = checklist.length ? checklist.filter(isDone).length / checklist.length : 0;

  async function move(status: RecognitionStatus, comment: string, on: string) {
    setBusy(true);
    try {
      await postAction(`/recognitions/${file.id}/move`, { status, ...(comment ? { comment } : {}), on });
      notify('traject.recognitions.moved', {
        type: 'info',
        messageArgs: { status: translate(`traject.recognitions.statuses.${status}`) },
      });
      setMoving(null);
      onChanged();
    } catch (failure) {
      const allowed = (failure as { body?: { allowed?: string[] } })?.body?.allowed;
      notify(
        allowed
          ? `${errorMessage(failure)} (${allowed.map((s) => translate(`traject.recognitions.statuses.${s}`)).join(', ')})`
          : errorMessage(failure),
        { type: 'error' },
      );
    } finally {
      setBusy(false);
    }
  }

  async function saveChecklist(next: ChecklistItem[]) {
    setChecklist(next);
    try {
      await dataProvider.update('recognitions', {
        id: file.id,
        previousData: file,
        data: { version: file.version, checklist: next },
      });
      onChanged();
    } catch (failure) {
      notify(errorMessage(failure), { type: 'error' });
      onChanged();
    }
  }

  const activeStep = STEP_OF[file.status];
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={translate('traject.recognitions.current')}
      sx={{ p: 2 }}
      data-status={file.status}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        <Typography variant="h6" component="h2">
          {translate(`traject.recognitions.kinds.${file.kind}`)}
        </Typography>
        <StatusChip record={file} />
        <Chip size="small" variant="outlined" label={translate(`traject.recognitions.terms.${file.term}`)} />
        {file.reference && <Chip size="small" variant="outlined" label={file.reference} />}
        <RenewalBadges record={file} />
      </Stack>

      {file.status === 'withdrawn' ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('traject.recognitions.withdrawn')}
        </Alert>
      ) : (
        <Stepper
          activeStep={activeStep === 3 ? 4 : activeStep}
          alternativeLabel
          sx={{ mb: 2 }}
          aria-label={translate('resources.recognitions.fields.status')}
        >
          {STEPS.map((step, index) => {
            const decision = step === 'decision' && activeStep === 3;
            const label = decision
              ? translate(`traject.recognitions.statuses.${file.status}`)
              : translate(
                  step === 'decision' ? 'traject.recognitions.decision' : `traject.recognitions.statuses.${step}`,
                );
            const incomplete = step === 'submitted' && file.status === 'incomplete';
            return (
              <Step key={step} completed={index < activeStep || decision}>
                <StepLabel
                  error={incomplete || (decision && file.status === 'refused')}
                  optional={
                    incomplete ? (
                      <Typography variant="caption" color="error">
                        {translate('traject.recognitions.statuses.incomplete')}
                      </Typography>
                    ) : undefined
                  }
                >
                  {label}
                </StepLabel>
              </Step>
            );
          })}
        </Stepper>
      )}

      {canWrite && moves.length > 0 && (
        <Stack
          direction="row"
          spacing={1}
          sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}
          role="group"
          aria-label={translate('traject.recognitions.moves')}
        >
          {moves.map((status) => (
            <Button
              key={status}
              variant={status === 'withdrawn' || status === 'expired' ? 'text' : 'contained'}
              color={status === 'refused' || status === 'withdrawn' ? 'error' : 'primary'}
              onClick={() => setMoving(status)}
              disabled={busy}
            >
              {translate(`traject.recognitions.move_to.${status}`)}
            </Button>
          ))}
        </Stack>
      )}

      {file.eligibilityWarnings?.map((warning) => (
        <Alert key={warning.code} severity="warning" sx={{ mb: 1 }} data-code={warning.code}>
          {translate(`traject.recognitions.warnings.${warning.code}`, { _: warning.message })}
        </Alert>
      ))}

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2, my: 2 }}>
        {(['submittedOn', 'decisionOn', 'validFrom', 'validUntil'] as const).map((field) => (
          <Box key={field}>
            <Typography variant="caption" color="text.secondary">
              {translate(`resources.recognitions.fields.${field}`)}
            </Typography>
            <Typography>{day(file[field])}</Typography>
          </Box>
        ))}
      </Box>

      {file.status === 'approved' && clock.renewal === 'none' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('traject.recognitions.no_end_hint')}
        </Alert>
      )}
      {file.status === 'approved' && clock.renewal !== 'none' && canWrite && !renewed && (
        <Alert
          severity={file.renewalLate ? 'error' : file.renewalDue ? 'warning' : 'info'}
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" startIcon={<AutorenewIcon />} onClick={onRenew}>
              {translate('traject.recognitions.renew')}
            </Button>
          }
        >
          {clock.renewal === 'call'
            ? translate('traject.recognitions.renew_call_hint', { date: day(file.validUntil) })
            : translate(
                file.renewalDue || file.renewalLate
                  ? 'traject.recognitions.renew_due_hint'
                  : 'traject.recognitions.renew_hint',
                {
                  date: day(file.validUntil),
                  opens: day(file.renewalOpensOn),
                  late: day(file.renewalLateFrom),
                },
              )}
        </Alert>
      )}

      <RecognitionFacts file={file} canWrite={canWrite} day={day} onChanged={onChanged} />

      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('resources.recognitions.fields.checklist')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <LinearProgress
          variant="determinate"
          value={Math.round(progress * 100)}
          sx={{ flex: 1, height: 8, borderRadius: 4 }}
          aria-label={translate('resources.recognitions.fields.checklistProgress')}
        />
        <Typography variant="body2">{Math.round(progress * 100)} %</Typography>
      </Stack>
      <DossierButton recognitionId={file.id} count={documents.length} />
      <List dense aria-label={translate('resources.recognitions.fields.checklist')}>
        {checklist.map((item, index) => {
          const label = translate(`traject.recognitions.checklist.${item.code}`);
          return (
            <ListItem key={item.code} disableGutters sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <ListItemIcon sx={{ minWidth: 0 }}>
                <Checkbox
                  edge="start"
                  checked={isDone(item)}
                  disabled={!canWrite || closed || proofOf(item.code).length > 0}
                  onChange={(event) =>
                    void saveChecklist(
                      checklist.map((it, i) => (i === index ? { ...it, done: event.target.checked } : it)),
                    )
                  }
                  slotProps={{ input: { 'aria-label': label } }}
                />
              </ListItemIcon>
              <Typography sx={{ flex: '1 1 240px', textDecoration: isDone(item) ? 'line-through' : undefined }}>
                {label}
              </Typography>
              <TextField
                size="small"
                placeholder={translate('traject.recognitions.note')}
                defaultValue={item.note ?? ''}
                disabled={!canWrite || closed}
                sx={{ flex: '1 1 240px' }}
                slotProps={{
                  htmlInput: { 'aria-label': `${translate('traject.recognitions.note')} – ${label}`, maxLength: 2000 },
                }}
                onBlur={(event) => {
                  if ((item.note ?? '') !== event.target.value)
                    void saveChecklist(
                      checklist.map((it, i) => (i === index ? { ...it, note: event.target.value } : it)),
                    );
                }}
              />
              <ChecklistDocuments
                label={label}
                documents={proofOf(item.code)}
                canWrite={canWrite && !closed}
                fields={{
                  organisationId: file.organisationId,
                  kind: CHECKLIST_ITEM_KIND[item.code] ?? 'other',
                  recognitionId: file.id,
                  checklistItem: item.code,
                }}
                onUploaded={() => void refetchDocuments()}
              />
            </ListItem>
          );
        })}
      </List>
      {file.notes && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
          {file.notes}
        </Typography>
      )}

      <MoveDialog
        open={!!moving}
        title={moving ? translate(`traject.recognitions.move_to.${moving}`) : ''}
        textLabel="traject.moves.comment"
        withDate={!!moving && DATED.includes(moving)}
        busy={busy}
        warning={
          moving === 'submitted' && progress < 1
            ? translate('traject.field.checklist_incomplete', {
                percent: Math.round(progress * 100),
                done: checklist.filter(isDone).length,
                total: checklist.length,
              })
            : undefined
        }
        onClose={() => setMoving(null)}
        onConfirm={({ text, on }) => moving && void move(moving, text, on)}
      />
    </Paper>
  );
}
