import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { httpClient } from '../auth/httpClient';
import type { AuditRecord } from './AuditLogList';
import { ChangesTable, StaffName } from './ChangesTable';
import { formatDateTime } from '../../../api/src/domain';

const PAGE = 25;

function totalOf(headers: Headers): number {
  const total = headers.get('Content-Range')?.split('/').pop();
  return total && /^\d+$/.test(total) ? Number(total) : 0;
}

/**
 * The "History" tab of an organisation: its field changes from the audit trail
 * (`GET /api/organisations/{id}/history`), newest first, who and when, old → new per field.
 */
export function OrganisationHistory() {
  const organisation = useRecordContext();
  const translate = useTranslate();
  const [_locale] = useLocaleState(); // re-renders on a language switch
  const [showCreation, setShowCreation] = useState(false);
  const id = organisation ? String(organisation.id) : '';
  const history = useInfiniteQuery({
    queryKey: ['organisations', 'history', id],
    enabled: !!id,
    initialPageParam: 0,
    queryFn: async ({ pageParam }) => {
      const range = encodeURIComponent(JSON.stringify([pageParam, pageParam + PAGE - 1]));
      const { json, headers } = await httpClient(`/api/organisations/${encodeURIComponent(id)}/history?range=${range}`);
      return { rows: json as AuditRecord[], total: totalOf(headers), first: pageParam };
    },
    getNextPageParam: (last) => (last.first + PAGE < last.total ? last.first + PAGE : undefined),
  });
  if (!organisation) return null;
  if (history.isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (history.error) return <Alert severity="error">{(history.error as Error).message}</Alert>;
  const entries = history.data.pages.flatMap((page) => page.rows);
  if (!entries.length)
    return <Typography color="text.secondary">{translate('traject.audit.history_empty')}</Typography>;
  return (
    <Stack
      spacing={1.5}
      component="ol"
      aria-label={translate('traject.organisations.tabs.history')}
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {entries.map((entry) => {
        const collapsed = entry.action === 'create' && !showCreation;
        return (
          <Card component="li" variant="outlined" key={entry.id}>
            <CardContent sx={{ pb: '12px !important' }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
                <Chip
                  size="small"
                  label={translate(`traject.audit.actions.${entry.action}`, { _: entry.action })}
                  color={entry.action === 'create' ? 'success' : 'default'}
                />
                <Typography variant="body2" component="span">
                  {formatDateTime(entry.at)}
                </Typography>
                <Typography variant="body2" component="span" color="text.secondary">
                  {translate('traject.audit.by')}{' '}
                  {entry.userId ? <StaffName id={entry.userId} /> : translate('traject.audit.system')}
                </Typography>
              </Box>
              {collapsed ? (
                <Button size="small" onClick={() => setShowCreation(true)}>
                  {translate('traject.audit.show_creation')}
                </Button>
              ) : (
                <ChangesTable entity="organisations" changes={entry.changes} />
              )}
            </CardContent>
          </Card>
        );
      })}
      {history.hasNextPage && (
        <Box component="li">
          <Button onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
            {translate('traject.timeline.more')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
