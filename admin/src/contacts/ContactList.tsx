import {
  BooleanField,
  CreateButton,
  FilterButton,
  Datagrid,
  EmailField,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { List } from '../common/List';
import { Responsive } from '../common/Responsive';
import { SimpleList } from 'react-admin';
import { languageChoices, legalBasisChoices } from '../organisations/codes';
import { ContactNameField } from './ContactNameField';
import { useReadsContactDetails } from './readsContactDetails';
import { ExportMenuButton } from '../reports/ExportMenuButton';
import { TrajectPagination } from '../common/TrajectPagination';

const contactFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="organisationId"
    source="organisationId"
    reference="organisations"
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn
  >
    <AutocompleteInput optionText="name" label="resources.contacts.fields.organisationId" />
  </ReferenceInput>,
  <SelectInput key="language" source="language" choices={languageChoices} />,
  <NullableBooleanInput key="isPrimary" source="isPrimary" />,
  <SelectInput key="legalBasis" source="legalBasis" choices={legalBasisChoices} />,
  <NullableBooleanInput key="anonymised" source="anonymised" />,
];

const ContactListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportMenuButton />
  </TopToolbar>
);

export default function ContactList() {
  const readsDetails = useReadsContactDetails();
  return (
    <List
      pagination={<TrajectPagination />}
      filters={contactFilters}
      sort={{ field: 'lastName', order: 'ASC' }}
      actions={<ContactListActions />}
    >
      <Responsive
        compact={
          <SimpleList
            rowClick="edit"
            primaryText={(record) => `${record.firstName ?? ''} ${record.lastName ?? ''}`}
            secondaryText={(record) => [record.jobTitle, record.email].filter(Boolean).join(' · ')}
          />
        }
      >
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <ContactNameField label="resources.contacts.fields.name" sortBy="lastName" />
          <ReferenceField source="organisationId" reference="organisations" link="show" sortable={false} />
          {readsDetails && <EmailField source="email" />}
          <SelectField source="language" choices={languageChoices} />
          <BooleanField source="isPrimary" />
          <SelectField source="legalBasis" choices={legalBasisChoices} />
        </Datagrid>
      </Responsive>
    </List>
  );
}
