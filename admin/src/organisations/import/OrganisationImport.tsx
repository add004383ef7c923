import { useRef, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/FactCheck';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Authenticated,
  HttpError,
  LinkBase,
  Title,
  useCanAccess,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ActionChip, ImportReportTable } from './ImportReportTable';
import { ColumnMapping } from './ColumnMapping';
import {
  downloadImportReport,
  downloadImportTemplate,
  headersOf,
  uploadImport,
  type ChosenColumns,
  type ImportAction,
  type ImportReport,
} from './uploadImport';

type Phase = 'idle' | 'checking' | 'applying';

/**
 * The last report, kept outside the screen: switching the console's language mounts the screen again,
 * and the report must stay (its words are the console's, translated again from its codes).
 */
let lastReport: ImportReport | null = null;

function Summary({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const actions: ImportAction[] = ['create', 'update', 'unchanged', 'refuse'];
  return (
    <Stack
      direction="row"
      sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
      aria-label={translate('traject.import.summary')}
    >
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
  const [locale] = useLocaleState();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setShownReport] = useState<ImportReport | null>(() => lastReport);
  const setReport = (next: ImportReport | null) => {
    lastReport = next;
    setShownReport(next);
  };
  const [error, setError] = useState<string | null>(null);
  /** Headers the import did not recognise, to be given a field (the mapping step), and the fields given. */
  const [unrecognised, setUnrecognised] = useState<string[]>([]);
  const [columns, setColumns] = useState<ChosenColumns>({});

  const run = async (commit: boolean) => {
    if (!file) return;
    setPhase(commit ? 'applying' : 'checking');
    setProgress(0);
    setError(null);
    try {
      const answer = await uploadImport(file, commit, setProgress, columns);
      setReport(answer);
      setUnrecognised(
        commit ? [] : [...answer.ignoredColumns, ...Object.keys(columns)].filter((h, i, all) => all.indexOf(h) === i),
      );
      if (commit) notify('traject.import.applied', { type: 'info' });
    } catch (failure) {
      setError((failure as Error).message);
      if (!commit) setReport(null);
      // No column was recognised as the name: every header may need a field.
      const code =
        failure instanceof HttpError ? (failure.body as { errorCodes?: { file?: { code?: string } } }) : null;
      if (!commit && code?.errorCodes?.file?.code === 'import.no_name_column') setUnrecognised(await headersOf(file));
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
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('traject.import.intro')}
        </Typography>
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          sx={{ mb: 2 }}
          onClick={() => downloadImportTemplate(locale).catch((failure: Error) => setError(failure.message))}
        >
          {translate('traject.import.template')}
        </Button>
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
              setUnrecognised([]);
              setColumns({});
            }}
          />
          <Button
            variant="outlined"
            startIcon={<UploadFileIcon />}
            onClick={() => input.current?.click()}
            disabled={busy}
          >
            {translate('traject.import.choose')}
          </Button>
          <Typography variant="body2">{file ? file.name : translate('traject.import.no_file')}</Typography>
          <Button variant="contained" startIcon={<CheckIcon />} disabled={!file || busy} onClick={() => run(false)}>
            {translate('traject.import.check')}
          </Button>
          {applicable && (
            <Button
              variant="contained"
              color="success"
              startIcon={<DoneAllIcon />}
              disabled={busy}
              onClick={() => run(true)}
            >
              {translate('traject.import.apply')}
            </Button>
          )}
        </Stack>
        {busy && (
          <Box sx={{ mt: 2 }} role="status">
            <Typography variant="body2">
              {translate(progress === null ? 'traject.import.processing' : 'traject.import.uploading', {
                percent: Math.round((progress ?? 0) * 100),
              })}
            </Typography>
            <LinearProgress
              variant={progress === null ? 'indeterminate' : 'determinate'}
              value={(progress ?? 0) * 100}
            />
          </Box>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
        {unrecognised.length > 0 && !busy && (
          <ColumnMapping headers={unrecognised} value={columns} onChange={setColumns} />
        )}
        {report && (
          <Box sx={{ mt: 3 }}>
            {report.committed ? (
              <Alert severity="success" sx={{ mb: 2 }}>
                {translate('traject.import.committed', {
                  create: report.summary.create,
                  update: report.summary.update,
                })}{' '}
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
            {!report.complete && (
              <Alert severity="info" sx={{ mt: 2 }}>
                {translate('traject.import.partial_report', { smart_count: report.summary.rows })}
              </Alert>
            )}
            {file && !report.committed && (
              <Button
                sx={{ mt: 2 }}
                startIcon={<DownloadIcon />}
                disabled={busy}
                onClick={() =>
                  downloadImportReport(file, locale, columns).catch((failure: Error) => setError(failure.message))
                }
              >
                {translate('traject.import.download_report')}
              </Button>
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
      {isPending ? null : canAccess ? (
        <ImportScreen />
      ) : (
        <Alert severity="warning">{translate('ra.page.access_denied', { _: 'Access denied' })}</Alert>
      )}
    </Authenticated>
  );
}
