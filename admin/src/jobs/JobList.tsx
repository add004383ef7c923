import { Button, Chip, Typography } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  Datagrid,
  FunctionField,
  TextField,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { List } from '../common/List';
import { httpClient } from '../auth/httpClient';
import { formatDateTime } from '../../../api/src/domain';

interface JobRun {
  id: string;
  state: string;
  manual: boolean;
  createdAt: string;
  completedAt: string | null;
  output: unknown;
}

interface JobRecord {
  id: string;
  title: Record<string, string>;
  cron: string | null;
  nextRunAt: string | null;
  lastRun: JobRun | null;
  lastFailure: JobRun | null;
  waiting: number;
}

const when = (value: string | null | undefined) => (value ? formatDateTime(value) : '–');

function RunNowButton() {
  const record = useRecordContext<JobRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const run = async () => {
    try {
      const { json } = await httpClient(`/api/jobs/${record.id}/run`, { method: 'POST' });
      notify('traject.jobs.ran', {
        type: json.state === 'completed' ? 'success' : 'warning',
        messageArgs: { state: translate(`traject.jobs.states.${json.state}`, { _: json.state }) },
      });
    } catch {
      notify('traject.jobs.run_failed', { type: 'error' });
    }
    refresh();
  };
  return (
    <Button
      size="small"
      startIcon={<PlayArrowIcon />}
      onClick={(event) => {
        event.stopPropagation();
        void run();
      }}
    >
      {translate('traject.jobs.run_now')}
    </Button>
  );
}

function StateChip({ run }: { run: JobRun | null }) {
  const translate = useTranslate();
  if (!run) return <>–</>;
  const color =
    run.state === 'completed' ? 'success' : run.state === 'failed' || run.state === 'retry' ? 'error' : 'default';
  return (
    <Chip
      size="small"
      color={color}
      label={`${translate(`traject.jobs.states.${run.state}`, { _: run.state })} · ${when(run.completedAt ?? run.createdAt)}`}
    />
  );
}

/** Admins: every job on the queue, its schedule, next and last runs, the last failure, and "run now". */
export default function JobList() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <List pagination={false} exporter={false} sort={{ field: 'id', order: 'ASC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField
          label="resources.jobs.fields.title"
          render={(job: JobRecord) => job.title[locale] ?? job.title.en}
        />
        <TextField source="id" label="resources.jobs.fields.name" />
        <FunctionField
          label="resources.jobs.fields.cron"
          render={(job: JobRecord) => (job.cron ? <code>{job.cron}</code> : translate('traject.jobs.on_demand'))}
        />
        <FunctionField label="resources.jobs.fields.nextRunAt" render={(job: JobRecord) => when(job.nextRunAt)} />
        <FunctionField
          label="resources.jobs.fields.lastRun"
          render={(job: JobRecord) => <StateChip run={job.lastRun} />}
        />
        <FunctionField
          label="resources.jobs.fields.lastFailure"
          render={(job: JobRecord) =>
            job.lastFailure ? (
              <Typography variant="body2" color="error">
                {when(job.lastFailure.createdAt)}:{' '}
                {String((job.lastFailure.output as { message?: string })?.message ?? '')}
              </Typography>
            ) : (
              '–'
            )
          }
        />
        <TextField source="waiting" label="resources.jobs.fields.waiting" />
        <RunNowButton />
      </Datagrid>
    </List>
  );
}
