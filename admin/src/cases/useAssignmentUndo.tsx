import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { UNDO_WINDOW_MS, UndoNotice } from '../common/UndoNotice';
import type { Case } from './types';

/**
 * After a case's advisor was changed and saved: the toast says who has it now, and its "Undo" puts the previous
 * advisor back through the same PUT (as the case is then, its version having moved on).
 */
export function useAssignmentUndo() {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  return async (caseId: Case['id'], before: string | null, after: string | null, onUndone?: () => void) => {
    const name = after
      ? await dataProvider.getOne<{ id: string; fullName: string }>('users', { id: after }).then(
          ({ data }) => data.fullName,
          () => '',
        )
      : '';
    const undo = async () => {
      const { data: current } = await dataProvider.getOne<Case>('cases', { id: caseId });
      await dataProvider.update<Case>('cases', {
        id: caseId,
        data: { ...current, advisorId: before },
        previousData: current,
      });
      onUndone?.();
    };
    const message = after ? translate('traject.cases.assigned', { name }) : translate('traject.field.unassigned');
    notify(<UndoNotice message={message} onUndo={undo} />, { type: 'info', autoHideDuration: UNDO_WINDOW_MS });
  };
}
