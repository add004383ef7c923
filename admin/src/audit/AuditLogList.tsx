import type { MouseEvent } from 'react';
import { Box, Chip } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  FunctionField,
  LinkBase,
  ReferenceInput,
  SelectField,
  SelectInput,
  TopToolbar,
  FilterButton,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { ChangesTable, StaffName } from './ChangesTable';
import { auditActionChoices, auditEntityChoices, dayBound, localDay, RECORD_PATHS } from './codes';

export interface AuditRecord {
  id: number;
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, unknown> | null;
}

const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" sort={{ field: 'fullName', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="fullName" label="traject.audit.user" />
  </ReferenceInput>,
  <SelectInput key="entity" source="entity" choices={auditEntityChoices} label="traject.audit.entity" alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} label="traject.audit.action" alwaysOn />,
  <DateInput
    key="at_gte"
    source="at_gte"
    label="traject.audit.from"
    format={localDay}
    parse={(day: string) => (day ? dayBound(day, false) : null)}
    alwaysOn
  />,
  <DateInput
    key="at_lte"
    source="at_lte"
    label="traject.audit.to"
    format={localDay}
    parse={(day: string) => (day ? dayBound(day, true) : null)}
    alwaysOn
  />,
];

function Who() {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.userId ? (
    <StaffName id={record.userId} />
  ) : (
    <Chip size="small" label={translate('traject.audit.system')} />
  );
}

function RecordLink() {
  const record = useRecordContext<AuditRecord>();
  if (!record?.entityId) return <>—</>;
  const path = RECORD_PATHS[record.entity] as ((id: string) => string) | undefined;
  const short = record.entityId.length > 12 ? `${record.entityId.slice(0, 8)}…` : record.entityId;
  return path && record.action !== 'delete' && record.action !== 'gdpr_anonymise' ? (
    <LinkBase
      to={path(record.entityId)}
      onClick={(event: MouseEvent) => event.stopPropagation()}
      title={record.entityId}
    >
      {short}
    </LinkBase>
  ) : (
    <span title={record.entityId}>{short}</span>
  );
}

function Changes() {
  const record = useRecordContext<AuditRecord>();
  if (!record) return null;
  return (
    <Box sx={{ py: 1, pl: 2 }}>
      <ChangesTable entity={record.entity} changes={record.changes} />
    </Box>
  );
}

/** The audit trail, newest first; each row unfolds into its changes (old → new). Read-only. */
export default function AuditLogList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={50}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
      exporter={false}
    >
      <Datagrid rowClick="expand" expand={<Changes />} bulkActionButtons={false}>
        <DateField source="at" showTime label="traject.audit.at" />
        <FunctionField label="traject.audit.user" render={() => <Who />} sortable={false} />
        <SelectField source="action" choices={auditActionChoices} label="traject.audit.action" sortable={false} />
        <SelectField source="entity" choices={auditEntityChoices} label="traject.audit.entity" sortable={false} />
        <FunctionField label="traject.audit.record" render={() => <RecordLink />} sortable={false} />
      </Datagrid>
    </List>
  );
}
