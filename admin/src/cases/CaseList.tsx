import { Datagrid, DateInput, List, ReferenceField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { NOBODY } from '../dataProvider';
import { colleagueFilter, JourneyListActions, PersonalQuickFilters } from '../journey/listParts';
import { UserName } from '../journey/UserName';
import { sectorChoices, stageChoices } from '../organisations/codes';
import { useMunicipalities } from '../organisations/useMunicipalities';
import { caseStatusChoices, priorityChoices } from './codes';
import { PriorityField } from './PriorityField';
import { ExportMenuButton } from '../reports/ExportMenuButton';

const caseQuickFilters = (me: string) => [
  { label: 'traject.cases.quick.mine', values: { advisorId: me } },
  { label: 'traject.cases.quick.unassigned', values: { advisorId: NOBODY } },
  { label: 'traject.cases.quick.stalled', values: { stalled: true } },
];

export default function CaseList() {
  const { choices: municipalities } = useMunicipalities();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
    <SelectInput key="stage" source="stage" choices={stageChoices} />,
    colleagueFilter('cases', 'advisorId'),
    <SelectInput key="priority" source="priority" choices={priorityChoices} />,
    <SelectInput key="sectors" source="sectors" choices={sectorChoices} />,
    <SelectInput key="municipality" source="municipality" choices={municipalities} />,
    <DateInput key="nextActionOn_lte" source="nextActionOn_lte" />,
  ];
  return (
    <List filters={filters} filterDefaultValues={{ status: 'open' }} sort={{ field: 'openedOn', order: 'DESC' }} actions={<JourneyListActions exporter={<ExportMenuButton />} />}>
      <PersonalQuickFilters filters={caseQuickFilters} />
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
