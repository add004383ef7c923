import { Box, Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { DateField } from '../common/DateField';
import { UserName } from '../users/UserName';
import type { Organisation } from '../organisations/types';
import { LogMeetingButton } from './LogMeetingButton';
import { channelChoices } from './types';

/** The "Meetings" tab of an organisation: its meeting notes, newest first, and "log a meeting". */
export function OrganisationMeetings() {
  const organisation = useRecordContext<Organisation>();
  if (!organisation) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <LogMeetingButton organisationId={String(organisation.id)} />
      </Box>
      <ReferenceManyField
        reference="meetings"
        target="organisationId"
        sort={{ field: 'occurredAt', order: 'DESC' }}
        perPage={100}
        empty={<Typography sx={{ py: 2, color: 'text.secondary' }}>—</Typography>}
      >
        <Datagrid bulkActionButtons={false} rowClick="show">
          <DateField source="occurredAt" showTime />
          <TextField source="subject" />
          <SelectField source="channel" choices={channelChoices} />
          <UserName source="authorId" label="resources.meetings.fields.authorId" />
          <DateField source="followUpOn" emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
}
