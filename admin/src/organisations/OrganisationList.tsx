import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  BulkExportButton,
  Button,
  CreateButton,
  FilterButton,
  Datagrid,
  NullableBooleanInput,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  TextField,
  TextInput,
  TopToolbar,
  AutocompleteInput,
  useCanAccess,
  LinkBase,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { Responsive } from '../common/Responsive';
import { SavedFilters } from '../field/SavedFilters';
import { SimpleList } from 'react-admin';
import { formatDay } from '../../../api/src/domain';
import type { Organisation } from './types';
import { BulkTagButton } from './BulkTagButton';
import { languageChoices, recognitionStatusChoices, stageChoices } from './codes';
import { MunicipalityField } from './MunicipalityField';
import { OrganisationListAside } from './OrganisationListAside';
import { ExportMenuButton } from '../reports/ExportMenuButton';
import { TrajectPagination } from '../common/TrajectPagination';
import { KboAlertField } from '../kbo/KboAlertField';
import { NameInLanguage } from '../common/NameInLanguage';
import { OrganisationNameField } from './OrganisationNameField';

const organisationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="advisorId" source="advisorId" reference="users" sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput optionText="fullName" label="resources.organisations.fields.advisorId" />
  </ReferenceInput>,
  <SelectArrayInput key="languages" source="languages" choices={languageChoices} />,
  <TextInput key="tags" source="tags" label="resources.organisations.fields.tags" />,
  <NullableBooleanInput key="outsideBrussels" source="outsideBrussels" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
  <DateInput key="lastMeetingAt_gte" source="lastMeetingAt_gte" />,
  <DateInput key="lastMeetingAt_lte" source="lastMeetingAt_lte" />,
  <NumberInput key="employeesFte_gte" source="employeesFte_gte" />,
  <NumberInput key="employeesFte_lte" source="employeesFte_lte" />,
];

function ImportButton() {
  const { canAccess } = useCanAccess({ resource: 'organisations', action: 'import' });
  if (!canAccess) return null;
  return (
    <Button component={LinkBase} to="/organisations/import" label="traject.import.button">
      <UploadFileIcon />
    </Button>
  );
}

const OrganisationListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ImportButton />
    <ExportMenuButton />
  </TopToolbar>
);

function BulkActions() {
  const { canAccess } = useCanAccess({ resource: 'organisations', action: 'edit' });
  return (
    <>
      {canAccess && <BulkTagButton />}
      <BulkExportButton />
    </>
  );
}

export default function OrganisationList() {
  return (
    <List
      filters={organisationFilters}
      pagination={<TrajectPagination />}
      filterDefaultValues={{ archived: false }}
      sort={{ field: 'name', order: 'ASC' }}
      actions={<OrganisationListActions />}
      aside={<OrganisationListAside />}
    >
      <SavedFilters />
      <Responsive
        compact={
          <SimpleList<Organisation>
            rowClick="show"
            primaryText={(record) => <NameInLanguage name={record.name} languages={record.languages} />}
            secondaryText={(record) => [record.enterpriseNumber, record.postcode].filter(Boolean).join(' · ')}
            tertiaryText={(record) => (record.lastMeetingAt ? formatDay(record.lastMeetingAt) : '')}
          />
        }
      >
        <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
          <OrganisationNameField source="name" label="resources.organisations.fields.name" />
          <TextField source="enterpriseNumber" />
          <MunicipalityField source="municipality" label="resources.organisations.fields.municipality" />
          <SelectField source="stage" choices={stageChoices} />
          <ReferenceField source="advisorId" reference="users" link={false} sortBy="advisorId">
            <TextField source="fullName" />
          </ReferenceField>
          <SelectField source="recognitionStatus" choices={recognitionStatusChoices} />
          <KboAlertField label="resources.organisations.fields.kboAlert" sortable={false} />
          <DateField source="lastMeetingAt" />
        </Datagrid>
      </Responsive>
    </List>
  );
}
