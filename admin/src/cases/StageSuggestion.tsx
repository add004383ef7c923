import { Alert, Button } from '@mui/material';
import { useGetList, useNotify, useTranslate, useUpdate } from 'react-admin';
import { suggestedStage } from '../../../api/src/domain/stage-suggestion';
import { useCan } from '../auth/useCan';
import type { Case } from './types';

const SUBMITTED = ['submitted', 'incomplete', 'under_review', 'approved', 'refused', 'expired'];
const SENT = ['sent', 'accepted', 'in_progress', 'completed'];

/**
 * Under the open case: "the work shows stage X: move the case there?" when an assessment, a submitted
 * recognition file or a sent referral is further than the case's stage. Nothing moves by itself.
 */
export function StageSuggestion({ openCase }: { openCase: Case }) {
  const translate = useTranslate();
  const notify = useNotify();
  const can = useCan();
  const filter = { organisationId: openCase.organisationId };
  const page = { page: 1, perPage: 100 };
  const { data: assessments } = useGetList('assessments', {
    filter,
    pagination: page,
    sort: { field: 'assessedOn', order: 'DESC' },
  });
  const { data: recognitions } = useGetList('recognitions', {
    filter,
    pagination: page,
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const { data: referrals } = useGetList('referrals', {
    filter,
    pagination: page,
    sort: { field: 'referredOn', order: 'DESC' },
  });
  const [update, { isPending }] = useUpdate<Case>();
  if (!assessments || !recognitions || !referrals || !can('cases', 'edit', openCase ?? null)) return null;
  const stage = suggestedStage(openCase.stage as Parameters<typeof suggestedStage>[0], {
    assessment: assessments.some((a) => a.status === 'final') ? 'final' : assessments.length ? 'draft' : null,
    recognitionSubmitted: recognitions.some((r) => SUBMITTED.includes(r.status)),
    referralSent: referrals.some((r) => SENT.includes(r.status)),
  });
  if (!stage) return null;
  const name = translate(`traject.stages.${stage}`);
  return (
    <Alert
      severity="info"
      sx={{ mt: 1 }}
      data-suggested-stage={stage}
      action={
        <Button
          color="inherit"
          size="small"
          disabled={isPending}
          onClick={() =>
            update(
              'cases',
              { id: openCase.id, data: { ...openCase, stage: stage as Case['stage'] }, previousData: openCase },
              {
                mutationMode: 'undoable',
                onSuccess: () =>
                  notify('traject.board.moved', { type: 'info', undoable: true, messageArgs: { stage: name } }),
              },
            )
          }
        >
          {translate('traject.field.stage_move', { stage: name })}
        </Button>
      }
    >
      {translate('traject.field.stage_suggested', {
        stage: name,
        current: translate(`traject.stages.${openCase.stage}`),
      })}
    </Alert>
  );
}
