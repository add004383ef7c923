import { Box } from '@mui/material';
import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { taskStatusChoices } from './types';

const row = { display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' } as const;

/** The fields of a task, shared by create, edit and the "add a task" dialog of an organisation. */
export function TaskInputs({ mode, organisationFixed = false }: { mode: 'create' | 'edit'; organisationFixed?: boolean }) {
  const organisationId = useWatch({ name: 'organisationId' }) as string | undefined;
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <Box sx={row}>
        <DateInput source="dueOn" />
        <ReferenceInput source="assigneeId" reference="users" filter={{ active: true }} sort={{ field: 'fullName', order: 'ASC' }}>
          <AutocompleteInput optionText="fullName" sx={{ minWidth: 240 }} />
        </ReferenceInput>
        {mode === 'edit' && <SelectInput source="status" choices={taskStatusChoices} validate={required()} />}
      </Box>
      {!organisationFixed && (
        <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" sx={{ minWidth: 360 }} />
        </ReferenceInput>
      )}
      {organisationId && (
        <ReferenceInput source="caseId" reference="cases" filter={{ organisationId }} sort={{ field: 'openedOn', order: 'DESC' }}>
          <SelectInput optionText="title" sx={{ minWidth: 260 }} />
        </ReferenceInput>
      )}
    </>
  );
}
