import { BooleanInput, SelectInput, TextInput, regex, required } from 'react-admin';
import { PARTNER_KINDS } from '../../../api/src/domain/partners';

export const partnerKindChoices = PARTNER_KINDS.map((id) => ({ id, name: `traject.partners.kinds.${id}` }));

export function PartnerInputs({ creating = false }: { creating?: boolean }) {
  return (
    <>
      <TextInput
        source="id"
        disabled={!creating}
        validate={creating ? [required(), regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'traject.partners.id_rule')] : undefined}
        helperText="traject.partners.id_hint"
      />
      <TextInput source="nameFr" validate={required()} fullWidth />
      <TextInput source="nameNl" validate={required()} fullWidth />
      <SelectInput
        source="kind"
        choices={partnerKindChoices}
        validate={required()}
        helperText="traject.partners.kind_hint"
      />
      <BooleanInput source="active" />
    </>
  );
}
