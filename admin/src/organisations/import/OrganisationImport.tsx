import { useRef, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/FactCheck';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Authenticated, LinkBase, Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { ActionChip, ImportReportTable } from './ImportReportTable';
import { uploadImport, type ImportAction, type ImportReport } from './uploadImport';

type Phase = 'idle' | 'checking' | 'applying';

function Summary({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const actions: ImportAction[] = ['create', 'update', 'unchanged', 'refuse'];
  return (
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }} aria-label={translate('traject.import.summary')}>
      <Typography variant="body2">{translate('traject.import.rows', { smart_count: report.summary.rows })}</Typography>
      {actions.map((action) => (
        <Stack key={action} direction="row" sx={{ gap: 0.5, alignItems: 'center' }}>
          <ActionChip action={action} />
          <Typography variant="body2">{report.summary[action]}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * CSV import at /organisations/import: a dry run shows what each row would do, then
 * "Apply" posts the same file with ?commit=true.
 */
function ImportScreen() {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (commit: boolean) => {
    if (!file) return;
    setPhase(commit ? 'applying' : 'checking');
    setProgress(0);
    setError(null);
    try {
      const answer = await uploadImport(file, commit, setProgress);
      setReport(answer);
      if (commit) notify('traject.import.applied', { type: 'info' });
    } catch (failure) {
      setError((failure as Error).message);
      if (!commit) setReport(null);
    } finally {
      setPhase('idle');
      setProgress(null);
    }
  };

  const busy = phase !== 'idle';
  const applicable = !!report && !report.committed && report.summary.create + report.summary.update > 0;

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="traject.import.title" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('traject.import.intro')}
        </Typography>
        <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <input
            ref={input}
            type="file"
            accept=".csv,text/csv"
            hidden
            aria-label={translate('traject.import.choose')}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
            }}
          />
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={busy}>
            {translate('traject.import.choose')}
          </Button>
          <Typography variant="body2">{file ? file.name : translate('traject.import.no_file')}</Typography>
          <Button variant="contained" startIcon={<CheckIcon />} disabled={!file || busy} onClick={() => run(false)}>
            {translate('traject.import.check')}
          </Button>
          {applicable && (
            <Button variant="contained" color="success" startIcon={<DoneAllIcon />} disabled={busy} onClick={() => run(true)}>
              {translate('traject.import.apply')}
            </Button>
          )}
        </Stack>
        {busy && (
          <Box sx={{ mt: 2 }} role="status">
            <Typography variant="body2">
              {translate(progress === null ? 'traject.import.processing' : 'traject.import.uploading', { percent: Math.round((progress ?? 0) * 100) })}
            </Typography>
            <LinearProgress variant={progress === null ? 'indeterminate' : 'determinate'} value={(progress ?? 0) * 100} />
          </Box>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
        {report && (
          <Box sx={{ mt: 3 }}>
            {report.committed ? (
              <Alert severity="success" sx={{ mb: 2 }}>
                {translate('traject.import.committed', { create: report.summary.create, update: report.summary.update })}{' '}
                <LinkBase to="/organisations">{translate('traject.import.back_to_list')}</LinkBase>
              </Alert>
            ) : (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('traject.import.dry_run')}
              </Alert>
            )}
            <Summary report={report} />
            {report.ignoredColumns.length > 0 && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                {translate('traject.import.ignored_columns', { columns: report.ignoredColumns.join(', ') })}
              </Alert>
            )}
            <ImportReportTable report={report} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

export default function OrganisationImport() {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ resource: 'organisations', action: 'import' });
  return (
    <Authenticated>
      {isPending ? null : canAccess ? <ImportScreen /> : <Alert severity="warning">{translate('ra.page.access_denied', { _: 'Access denied' })}</Alert>}
    </Authenticated>
  );
}
