import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert, Box, Button, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import SaveIcon from '@mui/icons-material/Save';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import UndoIcon from '@mui/icons-material/Undo';
import { Loading, useGetOne, useTranslate } from 'react-admin';
import { useCaseWriter } from '../cases/useCaseWriter';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentHeader } from './AssessmentHeader';
import { answersOf, assessmentRights, draftOf, toNumber, type Draft } from './assessmentDraft';
import { gapsOf, scoreAssessment } from './emes';
import { LiveVerdict } from './LiveVerdict';
import { useGuidanceLanguage } from './PillarPicture';
import { FinaliseConfirm, ReturnDialog } from './ReviewDialogs';
import type { Assessment } from './types';
import { useAssessmentActions } from './useAssessmentActions';

/**
 * One EMES assessment: the form while it is a draft the user may change, the same page read-only
 * once final. The pillars and the verdict are computed as the advisor types, with the server's rules.
 */
export default function AssessmentPage() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const {
    data: assessment,
    isPending,
    error,
    refetch,
  } = useGetOne<Assessment>('assessments', { id: id ?? '' }, { enabled: !!id });
  if (isPending) return <Loading />;
  if (error || !assessment) return <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>;
  return (
    <AssessmentEditor
      key={`${assessment.id}-${assessment.version}`}
      assessment={assessment}
      reload={() => void refetch()}
    />
  );
}

function AssessmentEditor({ assessment, reload }: { assessment: Assessment; reload: () => void }) {
  const translate = useTranslate();
  const language = useGuidanceLanguage();
  const writer = useCaseWriter(assessment.organisationId);
  const { readOnly, canFinalise, canReview } = assessmentRights(assessment, writer);
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [dirty, setDirty] = useState(false);
  const [confirmFinalise, setConfirmFinalise] = useState(false);
  const [returning, setReturning] = useState(false);
  const { busy, saveAndReload, finalise, review } = useAssessmentActions(assessment, reload, () => setDirty(false));

  const result = useMemo(
    () => scoreAssessment(answersOf(draft), toNumber(draft.lowest), toNumber(draft.highest)),
    [draft],
  );

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

  return (
    <Box sx={{ mt: 1, mb: 4 }}>
      <AssessmentHeader assessment={assessment} canWrite={writer.canWrite} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 360px' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <AssessmentForm draft={draft} result={result} language={language} readOnly={readOnly} change={change} />
        <LiveVerdict result={result} language={language}>
          {!readOnly && (
            <Button
              variant={dirty ? 'contained' : 'outlined'}
              startIcon={<SaveIcon />}
              disabled={!dirty || busy}
              onClick={() => void saveAndReload(draft)}
            >
              {translate('ra.action.save')}
            </Button>
          )}
          {dirty && (
            <Typography variant="caption" color="warning.main">
              {translate('traject.assessments.unsaved')}
            </Typography>
          )}
          {canFinalise && (
            <Button
              variant="contained"
              color="secondary"
              startIcon={<LockIcon />}
              disabled={busy}
              onClick={() => setConfirmFinalise(true)}
            >
              {translate('traject.assessments.finalise')}
            </Button>
          )}
          {canReview && (
            <>
              <Typography variant="body2" color="text.secondary">
                {translate('traject.assessments.review_hint')}
              </Typography>
              <Button
                variant="contained"
                color="success"
                startIcon={<ThumbUpIcon />}
                disabled={busy}
                onClick={() => void review('agree')}
              >
                {translate('traject.assessments.agree')}
              </Button>
              <Button
                variant="outlined"
                color="warning"
                startIcon={<UndoIcon />}
                disabled={busy}
                onClick={() => setReturning(true)}
              >
                {translate('traject.assessments.return')}
              </Button>
            </>
          )}
        </LiveVerdict>
      </Box>

      <FinaliseConfirm
        open={confirmFinalise}
        gaps={gapsOf(result.indicators)}
        onConfirm={() => {
          setConfirmFinalise(false);
          void finalise(dirty ? draft : undefined);
        }}
        onClose={() => setConfirmFinalise(false)}
      />
      <ReturnDialog
        open={returning}
        busy={busy}
        onReturn={(comment) => void review('return', comment).then((done) => done && setReturning(false))}
        onClose={() => setReturning(false)}
      />
    </Box>
  );
}
