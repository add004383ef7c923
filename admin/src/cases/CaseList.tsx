import { Datagrid, ReferenceField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { List } from '../common/List';
import { Responsive } from '../common/Responsive';
import { CaseCompactList } from './CaseCompactList';
import { DateField } from '../common/DateField';
import { NOBODY } from '../dataProvider';
import { colleagueFilter, ListActions, PersonalQuickFilters } from '../common/listParts';
import { UserName } from '../users/UserName';
import { sectorChoices, stageChoices } from '../organisations/codes';
import { useMunicipalities } from '../organisations/useMunicipalities';
import { caseStatusChoices, priorityChoices } from './codes';
import { PriorityField } from './PriorityField';
import { ExportMenuButton } from '../reports/ExportMenuButton';
import { TrajectPagination } from '../common/TrajectPagination';

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
    <List
      pagination={<TrajectPagination />}
      filters={filters}
      filterDefaultValues={{ status: 'open' }}
      sort={{ field: 'openedOn', order: 'DESC' }}
      actions={<ListActions exporter={<ExportMenuButton />} />}
    >
      <PersonalQuickFilters filters={caseQuickFilters} />
      <Responsive compact={<CaseCompactList withTitle />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false} />
          <TextField source="title" />
          <SelectField source="stage" choices={stageChoices} />
          <SelectField source="status" choices={caseStatusChoices} />
          <UserName
            source="advisorId"
            label="resources.cases.fields.advisorId"
            sortable={false}
            emptyText="traject.cases.unassigned"
          />
          <PriorityField source="priority" label="resources.cases.fields.priority" />
          <DateField source="nextActionOn" />
          <DateField source="openedOn" />
        </Datagrid>
      </Responsive>
    </List>
  );
}
