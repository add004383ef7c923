import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import {
  Box,
  Button,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../auth/httpClient';
import { formatDateTime, formatDay, formatNumber, isLanguage, renderMessage } from '../../../api/src/domain';

interface KboLoad {
  id: string;
  fileName: string;
  status: 'running' | 'done' | 'failed';
  extractNumber: number | null;
  extractType: 'full' | 'update' | null;
  snapshotDate: string | null;
  counts: Record<string, number>;
  progress: { bytesDone?: number; bytesTotal?: number; entry?: string };
  changedOrganisations: number | null;
  errorCode: string | null;
  errorParams: Record<string, unknown> | null;
  error: string | null;
  startedAt: string;
  durationMs: number | null;
}

/** Admins: upload the monthly extract and follow its load (number, snapshot, counts, duration). */
export default function KboLoadsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = isLanguage(locale) ? locale : 'fr';
  const notify = useNotify();
  const [loads, setLoads] = useState<KboLoad[]>([]);
  const [sending, setSending] = useState(false);
  const refresh = useCallback(
    () =>
      httpClient('/api/kbo/loads')
        .then(({ json }) => setLoads(json as KboLoad[]))
        .catch(() => undefined),
    [],
  );
  useEffect(() => {
    refresh();
  }, [refresh]);
  const running = loads.some((load) => load.status === 'running');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(refresh, 2000);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setSending(true);
    try {
      const body = new FormData();
      body.append('file', file);
      await httpClient('/api/kbo/loads', { method: 'POST', body });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSending(false);
      refresh();
    }
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title="traject.kbo.loads.title" />
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('traject.kbo.loads.intro')}
      </Typography>
      <Button variant="contained" component="label" disabled={sending || running}>
        {translate(sending ? 'traject.kbo.loads.uploading' : 'traject.kbo.loads.upload')}
        <input hidden type="file" accept=".zip,application/zip" onChange={upload} data-testid="kbo-upload" />
      </Button>
      {!loads.length && <Typography sx={{ mt: 2 }}>{translate('traject.kbo.loads.none')}</Typography>}
      {!!loads.length && (
        <Table size="small" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              {['extract', 'type', 'snapshot', 'status', 'counts', 'changed', 'duration', 'started'].map((column) => (
                <TableCell key={column}>{translate(`traject.kbo.loads.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {loads.map((load) => (
              <TableRow key={load.id}>
                <TableCell>
                  {load.extractNumber ?? '—'}{' '}
                  <Typography variant="caption" sx={{ display: 'block' }}>
                    {load.fileName}
                  </Typography>
                </TableCell>
                <TableCell>
                  {load.extractType ? translate(`traject.kbo.loads.types.${load.extractType}`) : '—'}
                </TableCell>
                <TableCell>{load.snapshotDate ? formatDay(load.snapshotDate) : '—'}</TableCell>
                <TableCell>
                  {translate(`traject.kbo.loads.statuses.${load.status}`)}
                  {load.status === 'running' && load.progress.bytesTotal ? (
                    <LinearProgress
                      variant="determinate"
                      value={(100 * (load.progress.bytesDone ?? 0)) / load.progress.bytesTotal}
                    />
                  ) : null}
                  {load.error && (
                    <Typography variant="caption" color="error" sx={{ display: 'block' }}>
                      {(load.errorCode && renderMessage(load.errorCode, load.errorParams ?? {}, language)) ||
                        load.error}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {Object.entries(load.counts)
                    .map(([file, count]) => `${file} ${formatNumber(count, language, 0)}`)
                    .join(', ')}
                </TableCell>
                <TableCell>{load.changedOrganisations ?? '—'}</TableCell>
                <TableCell>
                  {load.durationMs !== null ? `${formatNumber(load.durationMs / 1000, language, 1)} s` : '—'}
                </TableCell>
                <TableCell>{formatDateTime(load.startedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
