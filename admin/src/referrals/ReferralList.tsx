import { Datagrid, FunctionField, ReferenceField, SelectInput, TextField, useRefresh, TopToolbar } from 'react-admin';
import { List } from '../common/List';
import { useCan } from '../auth/useCan';
import { DateField } from '../common/DateField';
import { QuickFilters } from '../common/QuickFilters';
import { ReferralActions, ReferralStatusChip } from './ReferralActions';
import { PartnerName, usePartners } from '../partners/usePartners';
import { referralStatusChoices, STATUS_COLOURS, type Referral } from './types';
import { ExportMenuButton } from '../reports/ExportMenuButton';
import { TrajectPagination } from '../common/TrajectPagination';

function PartnerField({ record }: { record: Referral }) {
  return <PartnerName id={record.partner} />;
}

/**
 * Every referral, filterable by partner and status, rows coloured by status (after react-admin's
 * demo reviews); coordinators move them along from here. A row opens the organisation's tab.
 */
export default function ReferralList() {
  const refresh = useRefresh();
  const can = useCan();
  const { choices } = usePartners();
  const filters = [
    <SelectInput key="partner" source="partner" choices={choices} translateChoice={false} alwaysOn />,
    <SelectInput key="status" source="status" choices={referralStatusChoices} alwaysOn />,
  ];
  return (
    <List
      pagination={<TrajectPagination />}
      sort={{ field: 'referredOn', order: 'DESC' }}
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
          { label: 'traject.referrals.partners.coopcity', values: { partner: 'coopcity' } },
          { label: 'traject.referrals.partners.bissib', values: { partner: 'bissib' } },
          { label: 'traject.referrals.quick.waiting', values: { status: 'sent' } },
          { label: 'traject.referrals.quick.in_progress', values: { status: 'in_progress' } },
        ]}
      />
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => `/organisations/${record.organisationId}/show/referrals`}
        rowSx={(record) => ({
          borderLeft: `5px solid ${STATUS_COLOURS[(record as Referral).status]?.border ?? 'transparent'}`,
        })}
      >
        <DateField source="referredOn" />
        <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <FunctionField source="partner" render={(record: Referral) => <PartnerField record={record} />} />
        <ReferenceField source="programmeId" reference="programmes" link={false} sortable={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <FunctionField source="status" render={(record: Referral) => <ReferralStatusChip status={record.status} />} />
        <FunctionField
          label="traject.referrals.actions"
          render={(record: Referral) =>
            can('referrals', 'move', record) ? <ReferralActions referral={record} onChanged={refresh} /> : null
          }
        />
      </Datagrid>
    </List>
  );
}
