import {
  BooleanField,
  CreateButton,
  FilterButton,
  Datagrid,
  EmailField,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { languageChoices, legalBasisChoices } from '../organisations/codes';
import { ContactNameField } from './ContactNameField';
import { ExportMenuButton } from '../reports/ExportMenuButton';

const contactFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
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
  return (
    <List filters={contactFilters} sort={{ field: 'lastName', order: 'ASC' }} actions={<ContactListActions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <ContactNameField label="resources.contacts.fields.name" sortBy="lastName" />
        <ReferenceField source="organisationId" reference="organisations" link="show" sortable={false} />
        <EmailField source="email" />
        <SelectField source="language" choices={languageChoices} />
        <BooleanField source="isPrimary" />
        <SelectField source="legalBasis" choices={legalBasisChoices} />
      </Datagrid>
    </List>
  );
}
