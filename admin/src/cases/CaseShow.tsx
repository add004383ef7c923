import type { ReactNode } from 'react';
import { Box, Divider, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  EditButton,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { useCan } from '../auth/useCan';
import { Timeline } from '../timeline/Timeline';
import { UserName } from '../users/UserName';
import { stageChoices } from '../organisations/codes';
import { channelChoices } from '../meetings/types';
import { caseStatusChoices } from './codes';
import { PriorityField } from './PriorityField';
import type { Case } from './types';

function CaseShowActions() {
  const record = useRecordContext<Case>();
  const can = useCan();
  return <TopToolbar>{can('cases', 'edit', record ?? null) && <EditButton />}</TopToolbar>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title, { smart_count: 2 })}
      </Typography>
      {children}
    </Box>
  );
}

function CaseDetails() {
  const record = useRecordContext<Case>();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
        {record.title}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Labeled>
          <ReferenceField source="organisationId" reference="organisations" link="show" />
        </Labeled>
        <Labeled>
          <SelectField source="stage" choices={stageChoices} />
        </Labeled>
        <Labeled>
          <SelectField source="status" choices={caseStatusChoices} />
        </Labeled>
        <Labeled label="resources.cases.fields.priority">
          <PriorityField />
        </Labeled>
        <Labeled label="resources.cases.fields.advisorId">
          <UserName source="advisorId" emptyText="traject.cases.unassigned" />
        </Labeled>
        <Labeled label="resources.cases.fields.coordinatorId">
          <UserName source="coordinatorId" />
        </Labeled>
        <Labeled>
          <DateField source="openedOn" />
        </Labeled>
        <Labeled>
          <DateField source="nextActionOn" emptyText="—" />
        </Labeled>
        {record.closedOn && (
          <Labeled>
            <DateField source="closedOn" />
          </Labeled>
        )}
        {record.closeReason && (
          <Labeled>
            <TextField source="closeReason" />
          </Labeled>
        )}
      </Stack>
      <Labeled fullWidth sx={{ mt: 1 }}>
        <TextField source="summary" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      </Labeled>
      <Divider sx={{ mt: 2 }} />
      <Section title="resources.meetings.name">
        <ReferenceManyField
          reference="meetings"
          target="caseId"
          sort={{ field: 'occurredAt', order: 'DESC' }}
          perPage={50}
          empty={<Typography color="text.secondary">—</Typography>}
        >
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="occurredAt" showTime />
            <TextField source="subject" />
            <SelectField source="channel" choices={channelChoices} />
            <UserName source="authorId" label="resources.meetings.fields.authorId" />
          </Datagrid>
        </ReferenceManyField>
      </Section>
      <Section title="traject.cases.history">
        <Timeline organisationId={record.organisationId} only={(entry) => entry.refId === record.id} />
      </Section>
    </Box>
  );
}

export default function CaseShow() {
  return (
    <Show actions={<CaseShowActions />}>
      <CaseDetails />
    </Show>
  );
}
