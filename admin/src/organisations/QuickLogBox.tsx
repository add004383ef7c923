import { useState } from 'react';
import { Box, Button, Paper, TextField, Typography } from '@mui/material';
import AddCommentIcon from '@mui/icons-material/AddComment';
import AddTaskIcon from '@mui/icons-material/AddTask';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { LogMeetingDialog } from '../meetings/LogMeetingButton';
import { AddTaskDialog } from '../tasks/OrganisationTasks';
import type { Organisation } from './types';

/**
 * On top of an organisation's overview: one line of text, then "log a meeting" (the text as its
 * subject) or "add a task" (the text as its title); the full form opens, one click from saving.
 */
export function QuickLogBox() {
  const organisation = useRecordContext<Organisation>();
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [opened, setOpened] = useState<'meeting' | 'task' | null>(null);
  const meetings = useCanAccess({ resource: 'meetings', action: 'create' });
  const tasks = useCanAccess({ resource: 'tasks', action: 'create' });
  if (!organisation || organisation.archived || (!meetings.canAccess && !tasks.canAccess)) return null;
  const organisationId = String(organisation.id);
  const close = () => setOpened(null);
  return (
    <Paper component="section" variant="outlined" aria-labelledby="quick-log-title" sx={{ p: 2, mb: 2 }}>
      <Typography id="quick-log-title" component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('traject.field.quick_title')}
      </Typography>
      <TextField
        label={translate('traject.field.quick_text')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        fullWidth
        variant="outlined"
        size="small"
        sx={{ my: 1 }}
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {meetings.canAccess && (
          <Button variant="contained" startIcon={<AddCommentIcon />} onClick={() => setOpened('meeting')}>
            {translate('traject.meetings.log')}
          </Button>
        )}
        {tasks.canAccess && (
          <Button variant="outlined" startIcon={<AddTaskIcon />} onClick={() => setOpened('task')}>
            {translate('traject.tasks.add')}
          </Button>
        )}
      </Box>
      <LogMeetingDialog
        organisationId={organisationId}
        open={opened === 'meeting'}
        onClose={close}
        subject={text.trim() || undefined}
      />
      <AddTaskDialog
        organisationId={organisationId}
        open={opened === 'task'}
        onClose={close}
        title={text.trim() || undefined}
      />
    </Paper>
  );
}
