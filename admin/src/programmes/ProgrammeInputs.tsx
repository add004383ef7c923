import { BooleanInput, SelectInput, TextInput, required } from 'react-admin';
import { usePartners } from '../partners/usePartners';
import { programmeStageChoices } from '../referrals/types';

export function ProgrammeInputs() {
  const { choices } = usePartners();
  return (
    <>
      <SelectInput source="partner" choices={choices} translateChoice={false} validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="stage" choices={programmeStageChoices} validate={required()} />
      <TextInput source="description" multiline minRows={3} fullWidth />
      <BooleanInput source="active" />
    </>
  );
}
