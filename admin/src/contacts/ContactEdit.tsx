import { DeleteWithConfirmButton, Edit, Labeled, ReferenceField, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { Box } from '@mui/material';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';
import { ContactInputs } from './ContactInputs';
import { AnonymiseContactButton, ExportContactButton } from './GdprButtons';

const ContactEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <Box sx={{ display: 'flex', gap: 1 }}>
      <ExportContactButton />
      <AnonymiseContactButton />
      <DeleteWithConfirmButton mutationMode="pessimistic" />
    </Box>
  </Toolbar>
);

export default function ContactEdit() {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<ContactEditToolbar />}>
        <Labeled>
          <ReferenceField source="organisationId" reference="organisations" link="show" />
        </Labeled>
        <ContactInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
