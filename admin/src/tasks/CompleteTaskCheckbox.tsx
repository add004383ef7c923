import { Checkbox } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { useCan } from '../auth/useCan';
import type { Task } from './types';

/** Tick to complete a task (the server stamps completedAt), untick to put it back to do. */
export function CompleteTaskCheckbox(_props: { label?: string; sortable?: boolean }) {
  const task = useRecordContext<Task>();
  const can = useCan();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!task) return null;
  const done = task.status === 'done';
  const allowed = can('tasks', 'edit', task) && task.status !== 'cancelled';
  const label = translate(done ? 'traject.tasks.reopen' : 'traject.tasks.complete', { title: task.title });
  return (
    <Checkbox
      checked={done}
      disabled={!allowed || isPending}
      slotProps={{ input: { 'aria-label': label } }}
      title={label}
      onClick={(event) => event.stopPropagation()}
      onChange={() =>
        update(
          'tasks',
          { id: task.id, data: { ...task, status: done ? 'todo' : 'done' }, previousData: task },
          {
            mutationMode: 'pessimistic',
            onSuccess: () => {
              notify(done ? 'traject.tasks.reopened' : 'traject.tasks.completed', { type: 'info' });
              refresh();
            },
            onError: (error) => notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' }),
          },
        )
      }
    />
  );
}
