import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import type { OpenSession, SessionsEndpoint } from './sessions';
import { formatDateTime } from '../../../api/src/domain';

const when = (value: string, _locale: string) => formatDateTime(value);

/**
 * The open sessions of one person, each with its start, address, browser and last use, and a button
 * to end it (not the one in use: signing out does that); "end all others" below.
 */
export function SessionList({ endpoint, title }: { endpoint: SessionsEndpoint; title: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const [sessions, setSessions] = useState<OpenSession[] | null>(null);

  const reload = useCallback(() => {
    endpoint.list().then(setSessions, () => notify('ra.notification.http_error', { type: 'error' }));
  }, [endpoint, notify]);
  useEffect(reload, [reload]);

  const act = async (work: () => Promise<unknown>, message: string, count?: number) => {
    try {
      await work();
      notify(message, { type: 'info', messageArgs: { smart_count: count ?? 1 } });
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    }
    reload();
  };

  const others = sessions?.filter((s) => !s.current) ?? [];
  return (
    <Box component="section" aria-labelledby="sessions-title" sx={{ mt: 2 }}>
      <Typography id="sessions-title" variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {sessions?.length === 0 && <Typography color="text.secondary">{translate('traject.sessions.none')}</Typography>}
      {!!sessions?.length && (
        <Table size="small" aria-labelledby="sessions-title">
          <TableHead>
            <TableRow>
              <TableCell>{translate('traject.sessions.signed_in')}</TableCell>
              <TableCell>{translate('traject.sessions.browser')}</TableCell>
              <TableCell>{translate('traject.sessions.address')}</TableCell>
              <TableCell>{translate('traject.sessions.last_used')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {sessions.map((session) => (
              <TableRow key={session.id} data-session={session.id}>
                <TableCell>
                  {when(session.createdAt, locale)}
                  {session.method === 'oidc' && (
                    <Chip size="small" sx={{ ml: 1 }} label={translate('traject.sessions.method_oidc')} />
                  )}
                </TableCell>
                <TableCell>
                  {[session.browser, session.os].filter(Boolean).join(' · ') ||
                    translate('traject.sessions.unknown_browser')}
                </TableCell>
                <TableCell>{session.address ?? '—'}</TableCell>
                <TableCell>{when(session.lastUsedAt, locale)}</TableCell>
                <TableCell align="right">
                  {session.current ? (
                    <Chip size="small" color="primary" label={translate('traject.sessions.this_browser')} />
                  ) : (
                    <Button
                      size="small"
                      color="error"
                      onClick={() => act(() => endpoint.end(session.id), 'traject.sessions.ended')}
                    >
                      {translate('traject.sessions.end')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {others.length > 1 && (
        <Button
          sx={{ mt: 1 }}
          color="error"
          onClick={() => act(() => endpoint.endOthers(), 'traject.sessions.ended_others', others.length)}
        >
          {translate(sessions?.some((s) => s.current) ? 'traject.sessions.end_others' : 'traject.sessions.end_all')}
        </Button>
      )}
    </Box>
  );
}
