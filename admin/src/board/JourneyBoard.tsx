import { useMemo, useState } from 'react';
import { Alert, Box, Card, CardContent, Stack } from '@mui/material';
import { Loading, Title, useGetIdentity, useGetList, useGetMany, useNotify, useTranslate, useUpdate, type HttpError } from 'react-admin';
import { OPEN_STAGES } from '../cases/codes';
import type { Case } from '../cases/types';
import { canChangeCase, isLead } from '../journey/rights';
import { BoardCard } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { BoardFilters, type BoardFilterValues } from './BoardFilters';

/**
 * The journey board: the open cases by stage. Dragging a card to another column moves the case
 * to that stage, for coordinators and admins, and for the advisor assigned to it; the card
 * moves at once and goes back if the server says no.
 */
export default function JourneyBoard() {
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [filters, setFilters] = useState<BoardFilterValues>({});
  const [moved, setMoved] = useState<Record<string, string>>({});
  const [update] = useUpdate<Case>();

  const { data: cases, isPending, error, refetch } = useGetList<Case>('cases', {
    filter: { status: 'open', ...filters },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'nextActionOn', order: 'ASC' },
  });
  const organisationIds = useMemo(() => [...new Set((cases ?? []).map((record) => record.organisationId))], [cases]);
  const advisorIds = useMemo(() => [...new Set((cases ?? []).map((record) => record.advisorId).filter((id): id is string => !!id))], [cases]);
  const { data: organisations } = useGetMany('organisations', { ids: organisationIds }, { enabled: organisationIds.length > 0 });
  const { data: advisors } = useGetMany('users', { ids: advisorIds }, { enabled: advisorIds.length > 0 });
  const organisationName = (id: string) => organisations?.find((organisation) => organisation.id === id)?.name as string | undefined;
  const advisorName = (id: string | null) => (id ? (advisors?.find((user) => user.id === id)?.fullName as string | undefined) : undefined);

  const stageOf = (record: Case) => moved[record.id] ?? record.stage;
  const forget = (id: string) => setMoved(({ [id]: _gone, ...rest }) => rest);

  const move = (caseId: string, stage: string) => {
    const record = cases?.find((candidate) => candidate.id === caseId);
    if (!record || stageOf(record) === stage) return;
    if (!canChangeCase(identity, record)) {
      notify('traject.board.forbidden', { type: 'error' });
      return;
    }
    setMoved((before) => ({ ...before, [caseId]: stage }));
    update(
      'cases',
      { id: caseId, data: { ...record, stage: stage as Case['stage'] }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: async () => {
          notify('traject.board.moved', { type: 'info', messageArgs: { stage: translate(`traject.stages.${stage}`) } });
          await refetch();
          forget(caseId);
        },
        onError: async (caught) => {
          const status = (caught as HttpError)?.status;
          forget(caseId);
          if (status === 403) notify('traject.board.forbidden', { type: 'error' });
          else if (status === 409) notify('traject.board.conflict', { type: 'warning' });
          else notify('traject.board.failed', { type: 'error', messageArgs: { message: (caught as Error)?.message ?? '' } });
          await refetch();
        },
      },
    );
  };

  const hint = isLead(identity) ? 'traject.board.hint_lead' : identity?.role === 'advisor' ? 'traject.board.hint_advisor' : 'traject.board.hint_reader';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="traject.board.title" />
      <CardContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate(hint)}
        </Alert>
        <BoardFilters value={filters} onChange={setFilters} />
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {isPending ? (
          <Loading />
        ) : (
          <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
            <Stack direction="row" spacing={1.5}>
              {OPEN_STAGES.map((stage) => {
                const inColumn = (cases ?? []).filter((record) => stageOf(record) === stage);
                return (
                  <BoardColumn key={stage} stage={stage} count={inColumn.length} onDropCase={(caseId) => move(caseId, stage)}>
                    {inColumn.map((record) => (
                      <BoardCard
                        key={record.id}
                        record={record}
                        organisationName={organisationName(record.organisationId)}
                        advisorName={advisorName(record.advisorId)}
                        draggable={canChangeCase(identity, record)}
                        moving={!!moved[record.id]}
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
