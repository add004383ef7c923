import { Datagrid, FunctionField, ReferenceField, SelectInput, TextField, useTranslate, TopToolbar } from 'react-admin';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { QuickFilters } from '../common/QuickFilters';
import { RenewalBadges, StatusChip } from './RecognitionBadges';
import { kindChoices, statusChoices, type Recognition } from './types';
import { ExportMenuButton } from '../reports/ExportMenuButton';
import { TrajectPagination } from '../common/TrajectPagination';

const filters = [
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
];

function KindField({ record }: { record: Recognition }) {
  const translate = useTranslate();
  return <>{translate(`traject.recognitions.kinds.${record.kind}`)}</>;
}

/** Every recognition file; "renewals due" shows the approvals ending within six months. A row opens the organisation's tab. */
export default function RecognitionList() {
  return (
    <List
      pagination={<TrajectPagination />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar>
          <ExportMenuButton />
        </TopToolbar>
      }
    >
      <QuickFilters
        filters={[
          { label: 'traject.recognitions.quick.renewal_due', values: { renewalDue: true } },
          { label: 'traject.recognitions.quick.under_review', values: { status: 'under_review' } },
        ]}
      />
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => `/organisations/${record.organisationId}/show/recognition`}
      >
        <FunctionField source="kind" render={(record: Recognition) => <KindField record={record} />} />
        <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <FunctionField source="status" render={(record: Recognition) => <StatusChip record={record} />} />
        <DateField source="submittedOn" emptyText="—" />
        <DateField source="validUntil" emptyText="—" />
        <FunctionField
          label="traject.recognitions.renewal"
          render={(record: Recognition) => <RenewalBadges record={record} />}
        />
      </Datagrid>
    </List>
  );
}
