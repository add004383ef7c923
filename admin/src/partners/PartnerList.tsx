import {
  BooleanField,
  CreateButton,
  Datagrid,
  FunctionField,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { List } from '../common/List';
import { partnerKindChoices } from './PartnerInputs';
import type { PartnerRecord } from './usePartners';

function Actions() {
  const { canAccess } = useCanAccess({ resource: 'partners', action: 'create' });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
}

function Kind({ record }: { record: PartnerRecord }) {
  const translate = useTranslate();
  return <>{translate(`traject.partners.kinds.${record.kind}`)}</>;
}

/** The partners advisors refer to: admins add finance&invest.brussels, Crédal, SAW-B… without a migration. */
export default function PartnerList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'partners', action: 'edit' });
  return (
    <List
      sort={{ field: 'nameFr', order: 'ASC' }}
      actions={<Actions />}
      filters={[<SelectInput key="kind" source="kind" choices={partnerKindChoices} alwaysOn />]}
      exporter={false}
    >
      <Datagrid bulkActionButtons={false} rowClick={canEdit ? 'edit' : false}>
        <TextField source="nameFr" />
        <TextField source="nameNl" />
        <FunctionField source="kind" render={(record: PartnerRecord) => <Kind record={record} />} />
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}
