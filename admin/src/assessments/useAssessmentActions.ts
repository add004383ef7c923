import { useNavigate } from 'react-router-dom';
import { useDataProvider, useNotify } from 'react-admin';
import { postAction } from '../common/postAction';
import { useAction } from '../common/useAction';
import { changesOf, type Draft } from './assessmentDraft';
import type { Assessment } from './types';

/**
 * Save, finalise and review an assessment: each says how it went and shows the page again
 * (a returned assessment opens its new draft). `busy` while one runs; `saved` is told when the draft is stored.
 */
export function useAssessmentActions(assessment: Assessment, reload: () => void, saved: () => void) {
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider();
  const { busy, run } = useAction();

  const save = (draft: Draft) =>
    run(async () => {
      await dataProvider.update<Assessment>('assessments', {
        id: assessment.id,
        previousData: assessment,
        data: changesOf(draft, assessment.version),
      });
      saved();
    });

  async function saveAndReload(draft: Draft) {
    if (await save(draft)) {
      notify('traject.assessments.saved', { type: 'info' });
      reload();
    }
  }

  /** Finalises, saving the draft first when it has unsaved changes (`draft`). */
  async function finalise(draft?: Draft) {
    if (draft && !(await save(draft))) return;
    await run(async () => {
      await postAction(`/assessments/${assessment.id}/finalise`);
      notify('traject.assessments.finalised', { type: 'info' });
      reload();
    });
  }

  const review = (decision: 'agree' | 'return', comment = '') =>
    run(async () => {
      const answer = await postAction<{ draft?: Assessment }>(
        `/assessments/${assessment.id}/review`,
        decision === 'return' ? { decision, comment } : { decision },
      );
      if (decision === 'return' && answer?.draft?.id) {
        notify('traject.assessments.returned', { type: 'info' });
        navigate(`/assessments/${answer.draft.id}/show`);
      } else {
        notify('traject.assessments.agreed', { type: 'info' });
        reload();
      }
    });

  return { busy, save, saveAndReload, finalise, review };
}
