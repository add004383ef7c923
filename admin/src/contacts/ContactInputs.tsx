import { useWatch } from 'react-hook-form';
import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput, email, required } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { languageChoices, legalBasisChoices } from '../organisations/codes';

/** The consent date only matters (and is then required) when the legal basis is consent. */
function ConsentInput() {
  const legalBasis = useWatch({ name: 'legalBasis' });
  if (legalBasis !== 'consent') return null;
  return <DateInput source="consentGivenAt" validate={required()} helperText="traject.contacts.consent_hint" />;
}

/**
 * The inputs create and edit share, in the contacts screens and in the dialog of an
 * organisation's page. The organisation is chosen on create only (a contact never moves).
 */
export function ContactInputs({
  mode,
  organisationFixed = false,
}: {
  mode: 'create' | 'edit';
  organisationFixed?: boolean;
}) {
  return (
    <>
      {mode === 'create' && !organisationFixed && (
        <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
      )}
      <TextInput source="firstName" validate={required()} />
      <TextInput source="lastName" validate={required()} />
      <TextInput source="jobTitle" />
      <TextInput source="email" type="email" validate={email()} />
      <TextInput source="phone" />
      <SelectInput source="language" choices={languageChoices} emptyText="—" />
      <BooleanInput source="isPrimary" helperText="traject.contacts.primary_hint" />
      <SelectInput
        source="legalBasis"
        choices={legalBasisChoices}
        validate={required()}
        helperText="traject.contacts.legal_basis_hint"
      />
      <ConsentInput />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
