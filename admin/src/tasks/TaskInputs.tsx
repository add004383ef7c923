import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { useWatch } from 'react-hook-form';
import { FormRow } from '../common/FormRow';
import { taskStatusChoices } from './types';

/** The fields of a task, shared by create, edit and the "add a task" dialog of an organisation. */
export function TaskInputs({
  mode,
  organisationFixed = false,
}: {
  mode: 'create' | 'edit';
  organisationFixed?: boolean;
}) {
  const organisationId = useWatch({ name: 'organisationId' }) as string | undefined;
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <FormRow>
        <DateInput source="dueOn" />
        <ReferenceInput
          source="assigneeId"
          reference="users"
          filter={{ active: true }}
          sort={{ field: 'fullName', order: 'ASC' }}
        >
          <AutocompleteInput optionText="fullName" />
        </ReferenceInput>
        {mode === 'edit' && <SelectInput source="status" choices={taskStatusChoices} validate={required()} />}
      </FormRow>
      {!organisationFixed && (
        <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" />
        </ReferenceInput>
      )}
      {organisationId && (
        <ReferenceInput
          source="caseId"
          reference="cases"
          filter={{ organisationId }}
          sort={{ field: 'openedOn', order: 'DESC' }}
        >
          <SelectInput optionText="title" />
        </ReferenceInput>
      )}
    </>
  );
}
