import { AutocompleteInput, Labeled, ReferenceField, ReferenceInput, required } from 'react-admin';

/** A record's organisation: picked by name among those not archived when the record is created, shown (linked) after. */
export function OrganisationInput({ mode }: { mode: 'create' | 'edit' }) {
  return mode === 'create' ? (
    <ReferenceInput
      source="organisationId"
      reference="organisations"
      filter={{ archived: false }}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
  ) : (
    <Labeled>
      <ReferenceField source="organisationId" reference="organisations" link="show" />
    </Labeled>
  );
}
