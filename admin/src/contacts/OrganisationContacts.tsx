import { Box } from '@mui/material';
import { Datagrid, EmailField, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { languageChoices, legalBasisChoices } from '../organisations/codes';
import type { Organisation } from '../organisations/types';
import { AddContactButton, EditContactButton } from './ContactDialog';
import { ContactNameField } from './ContactNameField';
import { useReadsContactDetails } from './readsContactDetails';
import { AnonymiseContactButton, ExportContactButton } from './GdprButtons';

function ContactRowActions(_props: { label?: string }) {
  return (
    <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'flex-end' }}>
      <EditContactButton />
      <ExportContactButton />
      <AnonymiseContactButton />
    </Box>
  );
}

/** The "Contacts" tab of an organisation: the people, added and edited in place. */
export function OrganisationContacts() {
  const organisation = useRecordContext<Organisation>();
  const readsDetails = useReadsContactDetails();
  if (!organisation) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <AddContactButton organisationId={String(organisation.id)} />
      </Box>
      <ReferenceManyField
        reference="contacts"
        target="organisationId"
        sort={{ field: 'lastName', order: 'ASC' }}
        perPage={100}
        empty={<Box sx={{ py: 2, color: 'text.secondary' }}>—</Box>}
      >
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <ContactNameField label="resources.contacts.fields.name" />
          <TextField source="jobTitle" />
          {readsDetails && <EmailField source="email" />}
          {readsDetails && <TextField source="phone" />}
          <SelectField source="language" choices={languageChoices} />
          <SelectField source="legalBasis" choices={legalBasisChoices} />
          <ContactRowActions />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
}
