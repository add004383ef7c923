import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateField,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useGetIdentity,
} from 'react-admin';
import { NOBODY } from '../dataProvider';
import { QuickFilters } from '../journey/QuickFilters';
import { UserName } from '../journey/UserName';
import { sectorChoices, stageChoices } from '../organisations/codes';
import { useMunicipalities } from '../organisations/useMunicipalities';
import { caseStatusChoices, priorityChoices } from './codes';
import { PriorityField } from './PriorityField';
import { ExportMenuButton } from '../reports/ExportMenuButton';

const CaseListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportMenuButton />
  </TopToolbar>
);

function CaseQuickFilters() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <QuickFilters
      filters={[
        { label: 'traject.cases.quick.mine', values: { advisorId: identity.id } },
        { label: 'traject.cases.quick.unassigned', values: { advisorId: NOBODY } },
        { label: 'traject.cases.quick.stalled', values: { stalled: true } },
      ]}
    />
  );
}

export default function CaseList() {
  const { choices: municipalities } = useMunicipalities();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
    <SelectInput key="stage" source="stage" choices={stageChoices} />,
    <ReferenceInput key="advisorId" source="advisorId" reference="users" sort={{ field: 'fullName', order: 'ASC' }}>
      <AutocompleteInput optionText="fullName" label="resources.cases.fields.advisorId" />
    </ReferenceInput>,
    <SelectInput key="priority" source="priority" choices={priorityChoices} />,
    <SelectInput key="sectors" source="sectors" choices={sectorChoices} />,
    <SelectInput key="municipality" source="municipality" choices={municipalities} />,
    <DateInput key="nextActionOn_lte" source="nextActionOn_lte" />,
  ];
  return (
    <List filters={filters} filterDefaultValues={{ status: 'open' }} sort={{ field: 'openedOn', order: 'DESC' }} actions={<CaseListActions />}>
      <CaseQuickFilters />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false} />
        <TextField source="title" />
        <SelectField source="stage" choices={stageChoices} />
        <SelectField source="status" choices={caseStatusChoices} />
        <UserName source="advisorId" label="resources.cases.fields.advisorId" sortable={false} emptyText="traject.cases.unassigned" />
        <PriorityField source="priority" label="resources.cases.fields.priority" />
        <DateField source="nextActionOn" />
        <DateField source="openedOn" />
      </Datagrid>
    </List>
  );
}
