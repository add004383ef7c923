import { Box, Typography } from '@mui/material';
import {
  DateField,
  FunctionField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { OutboxState } from './OutboxList';

function Bodies() {
  const mail = useRecordContext<{ bodyText: string; bodyHtml: string }>();
  const translate = useTranslate();
  if (!mail) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' }, width: '100%' }}>
      <Box>
        <Typography variant="subtitle2" component="h2">
          {translate('traject.outbox.text')}
        </Typography>
        <Box
          component="pre"
          sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', bgcolor: 'action.hover', p: 2, m: 0 }}
        >
          {mail.bodyText}
        </Box>
      </Box>
      <Box>
        <Typography variant="subtitle2" component="h2">
          {translate('traject.outbox.html')}
        </Typography>
        <Box
          component="iframe"
          title={translate('traject.outbox.html')}
          sandbox=""
          srcDoc={mail.bodyHtml}
          sx={{ width: '100%', minHeight: 320, border: 1, borderColor: 'divider' }}
        />
      </Box>
    </Box>
  );
}

/** One mail as it went (or will go) out: recipient, subject, state, and the rendered bodies. */
export default function OutboxShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="recipient" />
        <TextField source="subject" />
        <FunctionField source="state" render={(mail: { state: string }) => <OutboxState state={mail.state} />} />
        <DateField source="createdAt" showTime />
        <DateField source="sentAt" showTime emptyText="–" />
        <TextField source="attempts" />
        <TextField source="lastError" emptyText="–" />
        <TextField source="messageId" />
        <Labeled label="traject.outbox.body">
          <Bodies />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
