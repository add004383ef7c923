import { BooleanInput, SelectInput, TextInput, required } from 'react-admin';
import { partnerChoices, programmeStageChoices } from '../referrals/types';

export function ProgrammeInputs() {
  return (
    <>
      <SelectInput source="partner" choices={partnerChoices} validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="stage" choices={programmeStageChoices} validate={required()} />
      <TextInput source="description" multiline minRows={3} fullWidth />
      <BooleanInput source="active" />
    </>
  );
}
