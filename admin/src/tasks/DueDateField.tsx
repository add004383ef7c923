import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { isOverdue } from '../journey/days';
import type { Task } from './types';

/** The due date, flagged when the task is overdue. */
export function DueDateField(_props: { label?: string; source?: string; sortBy?: string }) {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!task?.dueOn) return <Typography variant="body2">—</Typography>;
  const [year, month, day] = task.dueOn.split('-').map(Number);
  const date = new Date(year, month - 1, day).toLocaleDateString(locale, { dateStyle: 'medium' });
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{date}</Typography>
      {isOverdue(task) && <Chip size="small" color="error" label={translate('traject.tasks.overdue')} />}
    </Stack>
  );
}
