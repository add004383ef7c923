import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import LockIcon from '@mui/icons-material/Lock';
import SaveIcon from '@mui/icons-material/Save';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import UndoIcon from '@mui/icons-material/Undo';
import { Confirm, LinkBase, Loading, Title, useDataProvider, useGetOne, useNotify, useTranslate } from 'react-admin';
import { useJourneyWriter } from '../journey/useJourneyWriter';
import { errorMessage, postAction } from '../journey/postAction';
import { ResultChip, VerdictChip } from './chips';
import { INDICATORS, PILLAR_TITLES, PILLARS, scoreAssessment, type IndicatorAnswer, type IndicatorCode, type Rating } from './emes';
import { IndicatorCard } from './IndicatorCard';
import { PillarPicture, useGuidanceLanguage } from './PillarPicture';
import type { Assessment } from './types';
import { toNumber, WageCalculator } from './WageCalculator';
import { formatNumber } from '../../../api/src/domain';

interface Draft {
  answers: Record<string, { rating: Rating; evidence: string }>;
  lowest: string;
  highest: string;
  profit: string;
  assessedOn: string;
}

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

function draftOf(assessment: Assessment): Draft {
  const answers: Draft['answers'] = {};
  for (const { code } of INDICATORS) {
    const found = assessment.indicators?.find((answer) => answer.code === code);
    answers[code] = { rating: found?.rating ?? 'unknown', evidence: found?.evidence ?? '' };
  }
  return { answers, lowest: text(assessment.lowestWage), highest: text(assessment.highestWage), profit: text(assessment.profitDistributionPct), assessedOn: assessment.assessedOn };
}

/**
 * One EMES assessment: the form while it is a draft the user may change, the same page read-only
 * once final. The pillars and the verdict are computed as the advisor types, with the server's rules.
 */
export default function AssessmentPage() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { data: assessment, isPending, error, refetch } = useGetOne<Assessment>('assessments', { id: id ?? '' }, { enabled: !!id });
  if (isPending) return <Loading />;
  if (error || !assessment) return <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>;
  return <AssessmentEditor key={`${assessment.id}-${assessment.version}`} assessment={assessment} reload={() => void refetch()} />;
}

function AssessmentEditor({ assessment, reload }: { assessment: Assessment; reload: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider();
  const language = useGuidanceLanguage();
  const { canWrite, lead, viewerId } = useJourneyWriter(assessment.organisationId);
  const { data: organisation } = useGetOne('organisations', { id: assessment.organisationId });
  const { data: assessor } = useGetOne('users', { id: assessment.assessorId }, { enabled: !!assessment.assessorId });
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmFinalise, setConfirmFinalise] = useState(false);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');

  const final = assessment.status === 'final';
  const readOnly = final || !canWrite;
  const canFinalise = !final && (lead || (viewerId === assessment.assessorId && canWrite));
  const canReview = final && lead && !assessment.reviewStatus;

  const answers: IndicatorAnswer[] = useMemo(
    () => INDICATORS.map(({ code }) => ({ code, rating: draft.answers[code].rating, evidence: draft.answers[code].evidence })),
    [draft.answers],
  );
  const result = useMemo(() => scoreAssessment(answers, toNumber(draft.lowest), toNumber(draft.highest)), [answers, draft.lowest, draft.highest]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (update: (current: Draft) => Draft) => {
    setDraft(update);
    setDirty(true);
  };
  const setAnswer = (code: IndicatorCode, patch: Partial<{ rating: Rating; evidence: string }>) =>
    change((current) => ({ ...current, answers: { ...current.answers, [code]: { ...current.answers[code], ...patch } } }));

  async function save(): Promise<boolean> {
    setBusy(true);
    try {
      await dataProvider.update<Assessment>('assessments', {
        id: assessment.id,
        previousData: assessment,
        data: {
          version: assessment.version,
          assessedOn: draft.assessedOn,
          indicators: answers,
          lowestWage: toNumber(draft.lowest),
          highestWage: toNumber(draft.highest),
          profitDistributionPct: toNumber(draft.profit),
        },
      });
      setDirty(false);
      return true;
    } catch (failure) {
      notify(errorMessage(failure), { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function saveAndReload() {
    if (await save()) {
      notify('traject.assessments.saved', { type: 'info' });
      reload();
    }
  }

  async function finalise() {
    setConfirmFinalise(false);
    if (dirty && !(await save())) return;
    setBusy(true);
    try {
      await postAction(`/assessments/${assessment.id}/finalise`);
      notify('traject.assessments.finalised', { type: 'info' });
      reload();
    } catch (failure) {
      notify(errorMessage(failure), { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function review(decision: 'agree' | 'return') {
    setBusy(true);
    try {
      const answer = await postAction<{ reviewed?: Assessment; draft?: Assessment }>(`/assessments/${assessment.id}/review`, decision === 'return' ? { decision, comment } : { decision });
      setReturning(false);
      if (decision === 'return' && answer?.draft?.id) {
        notify('traject.assessments.returned', { type: 'info' });
        navigate(`/assessments/${answer.draft.id}/show`);
      } else {
        notify('traject.assessments.agreed', { type: 'info' });
        reload();
      }
    } catch (failure) {
      notify(errorMessage(failure), { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  const wageForced = result.wageRatio !== null ? translate('traject.assessments.wage_decides') : undefined;

  return (
    <Box sx={{ mt: 1, mb: 4 }}>
      <Title title={translate('traject.assessments.title', { date: assessment.assessedOn })} />
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        <Button component={LinkBase} to={`/organisations/${assessment.organisationId}/show/assessments`} startIcon={<ArrowBackIcon />}>
          {organisation?.name ?? translate('traject.assessments.back')}
        </Button>
        <Typography variant="h5" component="h1">
          {translate('traject.assessments.title', { date: assessment.assessedOn })}
        </Typography>
        <Chip
          size="small"
          icon={final ? <LockIcon /> : undefined}
          color={final ? 'primary' : 'default'}
          label={translate(`traject.assessments.statuses.${assessment.status}`)}
        />
        {assessment.reviewStatus && (
          <Chip size="small" variant="outlined" color={assessment.reviewStatus === 'agreed' ? 'success' : 'warning'} label={translate(`traject.assessments.review_statuses.${assessment.reviewStatus}`)} />
        )}
        {assessor && (
          <Typography color="text.secondary">
            {translate('resources.assessments.fields.assessorId')}: {assessor.fullName}
          </Typography>
        )}
      </Stack>

      {final && <Alert severity="info" sx={{ mb: 2 }}>{translate('traject.assessments.read_only_final')}</Alert>}
      {!final && !canWrite && <Alert severity="info" sx={{ mb: 2 }}>{translate('traject.assessments.read_only_rights')}</Alert>}
      {assessment.reviewComment && (
        <Alert severity={assessment.reviewStatus === 'returned' ? 'warning' : 'info'} sx={{ mb: 2 }}>
          {translate('traject.assessments.review_comment')}: {assessment.reviewComment}
        </Alert>
      )}

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 360px' }, gap: 2, alignItems: 'start' }}>
        <Stack spacing={3}>
          <Stack direction="row" spacing={2}>
            <TextField
              type="date"
              size="small"
              label={translate('resources.assessments.fields.assessedOn')}
              value={draft.assessedOn}
              disabled={readOnly}
              onChange={(event) => change((current) => ({ ...current, assessedOn: event.target.value }))}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              type="number"
              size="small"
              label={translate('resources.assessments.fields.profitDistributionPct')}
              value={draft.profit}
              disabled={readOnly}
              onChange={(event) => change((current) => ({ ...current, profit: event.target.value }))}
              slotProps={{ htmlInput: { min: 0, max: 100, step: 'any' } }}
            />
          </Stack>
          {PILLARS.map((pillar) => (
            <Box key={pillar} component="section" aria-label={PILLAR_TITLES[pillar][language]}>
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1 }}>
                <Typography variant="h6" component="h2">
                  {PILLAR_TITLES[pillar][language]}
                </Typography>
                <ResultChip value={result.pillars[pillar]} />
              </Stack>
              <Stack spacing={1.5}>
                {INDICATORS.filter((indicator) => indicator.pillar === pillar).map(({ code }) => (
                  <Box key={code}>
                    <IndicatorCard
                      code={code}
                      rating={code === 'soc_wage_tension' ? result.indicators.find((answer) => answer.code === code)!.rating : draft.answers[code].rating}
                      evidence={draft.answers[code].evidence}
                      language={language}
                      readOnly={readOnly}
                      forcedBy={code === 'soc_wage_tension' ? wageForced : undefined}
                      onRating={(rating) => setAnswer(code, { rating })}
                      onEvidence={(evidence) => setAnswer(code, { evidence })}
                    />
                    {code === 'soc_wage_tension' && (
                      <Box sx={{ mt: 1.5 }}>
                        <WageCalculator
                          lowest={draft.lowest}
                          highest={draft.highest}
                          readOnly={readOnly}
                          onChange={(field, value) => change((current) => ({ ...current, [field]: value }))}
                        />
                      </Box>
                    )}
                  </Box>
                ))}
              </Stack>
            </Box>
          ))}
        </Stack>

        <Card variant="outlined" component="aside" aria-label={translate('traject.assessments.result')} sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}>
          <CardContent>
            <Typography variant="overline">{translate('traject.assessments.result')}</Typography>
            <Stack spacing={1} sx={{ mb: 2 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography sx={{ fontWeight: 600 }}>{translate('resources.assessments.fields.verdict')}</Typography>
                <VerdictChip verdict={result.verdict} size="medium" />
              </Stack>
              {PILLARS.map((pillar) => (
                <Stack key={pillar} direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }} data-pillar={pillar}>
                  <Typography variant="body2">{PILLAR_TITLES[pillar][language]}</Typography>
                  <ResultChip value={result.pillars[pillar]} />
                </Stack>
              ))}
              <Typography variant="body2" color="text.secondary">
                {result.wageRatio === null ? translate('traject.assessments.ratio_unknown') : translate('traject.assessments.ratio', { ratio: formatNumber(result.wageRatio, language) })}
              </Typography>
            </Stack>
            <PillarPicture indicators={result.indicators} pillars={result.pillars} />
            <Stack spacing={1} sx={{ mt: 2 }}>
              {!readOnly && (
                <Button variant={dirty ? 'contained' : 'outlined'} startIcon={<SaveIcon />} disabled={!dirty || busy} onClick={() => void saveAndReload()}>
                  {translate('ra.action.save')}
                </Button>
              )}
              {dirty && <Typography variant="caption" color="warning.main">{translate('traject.assessments.unsaved')}</Typography>}
              {canFinalise && (
                <Button variant="contained" color="secondary" startIcon={<LockIcon />} disabled={busy} onClick={() => setConfirmFinalise(true)}>
                  {translate('traject.assessments.finalise')}
                </Button>
              )}
              {canReview && (
                <>
                  <Typography variant="body2" color="text.secondary">{translate('traject.assessments.review_hint')}</Typography>
                  <Button variant="contained" color="success" startIcon={<ThumbUpIcon />} disabled={busy} onClick={() => void review('agree')}>
                    {translate('traject.assessments.agree')}
                  </Button>
                  <Button variant="outlined" color="warning" startIcon={<UndoIcon />} disabled={busy} onClick={() => setReturning(true)}>
                    {translate('traject.assessments.return')}
                  </Button>
                </>
              )}
            </Stack>
          </CardContent>
        </Card>
      </Box>

      <Confirm
        isOpen={confirmFinalise}
        title="traject.assessments.finalise_title"
        content="traject.assessments.finalise_content"
        confirm="traject.assessments.finalise"
        onConfirm={() => void finalise()}
        onClose={() => setConfirmFinalise(false)}
      />
      <Dialog open={returning} onClose={() => setReturning(false)} fullWidth maxWidth="sm" aria-labelledby="return-title">
        <DialogTitle id="return-title">{translate('traject.assessments.return')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('traject.assessments.return_hint')}
          </Typography>
          <TextField label={translate('traject.assessments.review_comment')} value={comment} onChange={(event) => setComment(event.target.value)} multiline minRows={3} fullWidth required autoFocus />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setReturning(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="warning" disabled={!comment.trim() || busy} onClick={() => void review('return')}>
            {translate('traject.assessments.return')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
