import {
  BooleanField,
  Datagrid,
  FunctionField,
  SelectInput,
  TextField,
  useCanAccess,
  useTranslate,
  CreateButton,
  TopToolbar,
} from 'react-admin';
import { List } from '../common/List';
import { PartnerName, usePartners } from '../partners/usePartners';
import { programmeStageChoices, type Programme } from '../referrals/types';

function Actions() {
  const { canAccess } = useCanAccess({ resource: 'programmes', action: 'create' });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
}

function Label({ value }: { value: string }) {
  const translate = useTranslate();
  return <>{translate(value)}</>;
}

/** The partners' programmes referrals point to (COOPCITY's, for a start); admins keep the list, everyone reads it. */
export default function ProgrammeList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'programmes', action: 'edit' });
  const { choices } = usePartners();
  return (
    <List
      sort={{ field: 'name', order: 'ASC' }}
      actions={<Actions />}
      filters={[
        <SelectInput key="partner" source="partner" choices={choices} translateChoice={false} alwaysOn />,
        <SelectInput key="stage" source="stage" choices={programmeStageChoices} alwaysOn />,
      ]}
      exporter={false}
    >
      <Datagrid bulkActionButtons={false} rowClick={canEdit ? 'edit' : false}>
        <TextField source="name" />
        <FunctionField source="partner" render={(record: Programme) => <PartnerName id={record.partner} />} />
        <FunctionField
          source="stage"
          render={(record: Programme) => <Label value={`traject.programmes.stages.${record.stage}`} />}
        />
        <TextField source="description" emptyText="—" sortable={false} />
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}
