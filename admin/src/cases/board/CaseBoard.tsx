import { useState } from 'react';
import { Alert, Box, Card, CardContent, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useDataProvider, useNotify, useTranslate, useUpdate, type HttpError } from 'react-admin';
import { OPEN_STAGES } from '../codes';
import type { Case } from '../types';
import type { CaseCard, TrajectDataProvider } from '../../dataProvider';
import { useCan } from '../../auth/useCan';
import { BoardCard } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { BoardFilters, type BoardFilterValues } from './BoardFilters';
import { usePhone } from '../../common/Responsive';
import { UNDO_WINDOW_MS, UndoNotice } from '../../common/UndoNotice';

/**
 * The journey board: the open cases by stage. Dragging a card to another column moves the case
 * to that stage, for coordinators and admins, and for the advisor assigned to it; the card
 * moves at once and goes back if the server says no; the toast saying where it went can undo the move. Each movable card has a "move to" menu doing the same
 * without dragging (keyboard, touch); focus follows the card to its new column. The board reads cards
 * (`GET /api/cases/board`: what a card shows, about 120 bytes each); the case itself, with its version, is read
 * when a card is moved.
 */
export default function CaseBoard() {
  const translate = useTranslate();
  const notify = useNotify();
  const can = useCan();
  const [filters, setFilters] = useState<BoardFilterValues>({});
  const [moved, setMoved] = useState<Record<string, string>>({});
  const [update] = useUpdate<Case>();
  // On a phone, one column at a time, the stage chosen from a picker.
  const phone = usePhone();
  const [shownStage, setShownStage] = useState<string>(OPEN_STAGES[0]);

  const dataProvider = useDataProvider<TrajectDataProvider>();
  const {
    data: board,
    isPending,
    error,
    refetch,
  } = useQuery({
    queryKey: ['cases', 'board', filters],
    queryFn: () => dataProvider.getBoard({ status: 'open', ...filters }),
  });
  const cases = board?.cards;
  const organisationName = (record: CaseCard) => record.organisationName;
  const advisorName = (record: CaseCard) => record.advisorName ?? undefined;

  const stageOf = (record: CaseCard) => moved[record.id] ?? record.stage;
  const forget = (id: string) => setMoved(({ [id]: _gone, ...rest }) => rest);

  /** Where focus goes after a move from the menu: the moved card's own menu button, in its new column. */
  const focusMoved = (caseId: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-move-button="${caseId}"]`)?.focus());

  const move = async (caseId: string, stage: string, fromMenu = false) => {
    const record = cases?.find((candidate) => candidate.id === caseId);
    if (!record || stageOf(record) === stage) return;
    if (!can('cases', 'edit', record)) {
      notify('traject.board.forbidden', { type: 'error' });
      return;
    }
    setMoved((before) => ({ ...before, [caseId]: stage }));
    if (fromMenu) focusMoved(caseId);
    // The card has what it shows; the move sends the case as read now (its version included).
    const current = await dataProvider.getOne<Case>('cases', { id: caseId }).then(
      ({ data }) => data,
      () => undefined,
    );
    if (!current) {
      forget(caseId);
      notify('traject.board.conflict', { type: 'warning' });
      await refetch();
      return;
    }
    update(
      'cases',
      { id: caseId, data: { ...current, stage: stage as Case['stage'] }, previousData: current },
      {
        mutationMode: 'pessimistic',
        onSuccess: async () => {
          const undo = async () => {
            // Back to the stage it came from, as the case is now (its version moved on).
            const { data: now } = await dataProvider.getOne<Case>('cases', { id: caseId });
            await dataProvider.update<Case>('cases', {
              id: caseId,
              data: { ...now, stage: current.stage },
              previousData: now,
            });
            await refetch();
          };
          notify(
            <UndoNotice
              message={translate('traject.board.moved', { stage: translate(`traject.stages.${stage}`) })}
              onUndo={undo}
            />,
            {
              type: 'info',
              autoHideDuration: UNDO_WINDOW_MS,
            },
          );
          await refetch();
          forget(caseId);
          if (fromMenu) focusMoved(caseId);
        },
        onError: async (caught) => {
          const status = (caught as HttpError)?.status;
          forget(caseId);
          if (status === 403) notify('traject.board.forbidden', { type: 'error' });
          else if (status === 409) notify('traject.board.conflict', { type: 'warning' });
          else
            notify('traject.board.failed', {
              type: 'error',
              messageArgs: { message: (caught as Error)?.message ?? '' },
            });
          await refetch();
          if (fromMenu) focusMoved(caseId);
        },
      },
    );
  };

  const hint = can('cases', 'assign')
    ? 'traject.board.hint_lead'
    : can('cases', 'edit')
      ? 'traject.board.hint_advisor'
      : 'traject.board.hint_reader';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="traject.board.title" />
      <CardContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate(hint)}
        </Alert>
        <BoardFilters value={filters} onChange={setFilters} />
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {phone && (
          <TextField
            select
            label={translate('traject.board.stage_picker')}
            value={shownStage}
            onChange={(event) => setShownStage(event.target.value)}
            sx={{ mb: 1 }}
          >
            {OPEN_STAGES.map((stage) => (
              <MenuItem key={stage} value={stage}>
                {translate(`traject.stages.${stage}`)} (
                {(cases ?? []).filter((record) => stageOf(record) === stage).length})
              </MenuItem>
            ))}
          </TextField>
        )}
        {isPending ? (
          <Loading />
        ) : (
          <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
            <Stack direction="row" spacing={1.5}>
              {OPEN_STAGES.filter((stage) => !phone || stage === shownStage).map((stage) => {
                const inColumn = (cases ?? []).filter((record) => stageOf(record) === stage);
                return (
                  <BoardColumn
                    key={stage}
                    stage={stage}
                    count={inColumn.length}
                    onDropCase={(caseId) => void move(caseId, stage)}
                  >
                    {inColumn.map((record) => (
                      <BoardCard
                        key={record.id}
                        record={record}
                        organisationName={organisationName(record)}
                        advisorName={advisorName(record)}
                        draggable={can('cases', 'edit', record)}
                        moving={!!moved[record.id]}
                        stage={stageOf(record)}
                        onMove={(to) => move(record.id, to, true)}
                      />
                    ))}
                  </BoardColumn>
                );
              })}
            </Stack>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
