import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { isOverdue } from '../common/days';
import type { Task } from './types';
import { formatDay } from '../../../api/src/domain';

/** The due date, flagged when the task is overdue. */
export function DueDateField(_props: { label?: string; source?: string; sortBy?: string }) {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task?.dueOn) return <Typography variant="body2">—</Typography>;
  const date = formatDay(task.dueOn);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{date}</Typography>
      {isOverdue(task) && <Chip size="small" color="error" label={translate('traject.tasks.overdue')} />}
    </Stack>
  );
}
