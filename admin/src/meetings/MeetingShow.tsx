import { Box, Chip, Stack, Typography } from '@mui/material';
import {
  ChipField,
  DeleteWithConfirmButton,
  EditButton,
  Labeled,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SingleFieldList,
  TextField,
  TopToolbar,
  FunctionField,
  useRecordContext,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { NumberField } from '../common/NumberField';
import { useCan } from '../auth/useCan';
import { UserName } from '../users/UserName';
import { channelChoices, type Meeting } from './types';

/** Edit and delete for the author, coordinators and admins only. */
function MeetingShowActions() {
  const record = useRecordContext<Meeting>();
  const can = useCan();
  if (!can('meetings', 'edit', record ?? null)) return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteWithConfirmButton mutationMode="pessimistic" redirect="list" />
    </TopToolbar>
  );
}

function MeetingDetails() {
  const record = useRecordContext<Meeting>();
  if (!record) return null;
  const text = { whiteSpace: 'pre-line' } as const;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
        {record.subject}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Labeled>
          <ReferenceField source="organisationId" reference="organisations" link="show" />
        </Labeled>
        <Labeled>
          <ReferenceField source="caseId" reference="cases" link="show" emptyText="—" />
        </Labeled>
        <Labeled>
          <DateField source="occurredAt" showTime />
        </Labeled>
        <Labeled>
          <SelectField source="channel" choices={channelChoices} />
        </Labeled>
        <Labeled>
          <NumberField source="durationMinutes" emptyText="—" />
        </Labeled>
        <Labeled label="resources.meetings.fields.authorId">
          <UserName source="authorId" />
        </Labeled>
        <Labeled>
          <DateField source="followUpOn" emptyText="—" />
        </Labeled>
      </Stack>
      <Labeled fullWidth>
        <ReferenceArrayField source="contactIds" reference="contacts">
          <SingleFieldList linkType={false}>
            <FunctionField
              render={(contact: { firstName: string; lastName: string }) => (
                <Chip size="small" label={`${contact.firstName} ${contact.lastName}`} sx={{ mr: 0.5 }} />
              )}
            />
          </SingleFieldList>
        </ReferenceArrayField>
      </Labeled>
      <Labeled fullWidth>
        <ReferenceArrayField source="staffIds" reference="users">
          <SingleFieldList linkType={false}>
            <ChipField source="fullName" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </Labeled>
      <Labeled fullWidth>
        <TextField source="notes" emptyText="—" sx={text} />
      </Labeled>
      <Labeled fullWidth>
        <TextField source="outcomes" emptyText="—" sx={text} />
      </Labeled>
      <Labeled fullWidth>
        <TextField source="nextSteps" emptyText="—" sx={text} />
      </Labeled>
    </Box>
  );
}

export default function MeetingShow() {
  return (
    <Show actions={<MeetingShowActions />}>
      <MeetingDetails />
    </Show>
  );
}
