import {
  Datagrid,
  ReferenceField,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
  FunctionField,
  TopToolbar,
} from 'react-admin';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { Chip } from '@mui/material';
import { UserName } from '../users/UserName';
import { VerdictChip } from './chips';
import type { Assessment } from './types';
import { ExportMenuButton } from '../reports/ExportMenuButton';

function StatusChip() {
  const record = useRecordContext<Assessment>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.status === 'final' ? 'primary' : 'default'}
      label={translate(`traject.assessments.statuses.${record.status}`)}
    />
  );
}

const statusChoices = [
  { id: 'draft', name: 'traject.assessments.statuses.draft' },
  { id: 'final', name: 'traject.assessments.statuses.final' },
];
const verdictChoices = [
  { id: 'meets', name: 'traject.assessments.verdicts.meets' },
  { id: 'partly_meets', name: 'traject.assessments.verdicts.partly_meets' },
  { id: 'does_not_meet', name: 'traject.assessments.verdicts.does_not_meet' },
];

/** All EMES assessments, newest first; a row opens the assessment. */
export default function AssessmentList() {
  return (
    <List
      sort={{ field: 'assessedOn', order: 'DESC' }}
      filters={[
        <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
        <SelectInput key="verdict" source="verdict" choices={verdictChoices} alwaysOn />,
      ]}
      exporter={false}
      actions={
        <TopToolbar>
          <ExportMenuButton />
        </TopToolbar>
      }
    >
      <Datagrid bulkActionButtons={false} rowClick={(id) => `/assessments/${id}/show`}>
        <DateField source="assessedOn" />
        <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <FunctionField source="status" render={() => <StatusChip />} />
        <FunctionField
          source="verdict"
          render={(record: Assessment) => <VerdictChip verdict={record.verdict} indicators={record.indicators} />}
        />
        <UserName source="assessorId" label="resources.assessments.fields.assessorId" />
      </Datagrid>
    </List>
  );
}
