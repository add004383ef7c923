import { Alert } from '@mui/material';
import {
  AutocompleteInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { OrganisationInput } from '../organisations/OrganisationInput';
import { FormRow } from '../common/FormRow';
import { caseStatusChoices, openStageChoices, priorityChoices } from './codes';

/** Advisors and coordinators: the people a case can be assigned to. */
function StaffInput({ source }: { source: string }) {
  return (
    <ReferenceInput
      source={source}
      reference="users"
      filter={{ active: true, role: ['advisor', 'coordinator'] }}
      sort={{ field: 'fullName', order: 'ASC' }}
    >
      <AutocompleteInput optionText="fullName" />
    </ReferenceInput>
  );
}

const closeReasonWhenClosing = (value: unknown, values: { status?: string }) =>
  values.status === 'closed' && !String(value ?? '').trim() ? 'traject.cases.close_reason_required' : undefined;

/**
 * The fields of a case, shared by create and edit. What a coordinator alone may change
 * (advisor, coordinator, status, closing) is only shown to coordinators and admins.
 */
export function CaseInputs({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const { canAccess: lead } = useCanAccess({ resource: 'cases', action: 'assign' });
  return (
    <>
      <OrganisationInput mode={mode} />
      <TextInput source="title" validate={required()} fullWidth />
      <FormRow columns={4}>
        <SelectInput source="stage" choices={openStageChoices} validate={required()} />
        <SelectInput source="priority" choices={priorityChoices} validate={required()} />
        <DateInput source="openedOn" />
        <DateInput source="nextActionOn" />
      </FormRow>
      {lead ? (
        <FormRow>
          <StaffInput source="advisorId" />
          <StaffInput source="coordinatorId" />
          {mode === 'edit' && <SelectInput source="status" choices={caseStatusChoices} validate={required()} />}
        </FormRow>
      ) : (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('traject.cases.advisor_hint')}
        </Alert>
      )}
      {lead && mode === 'edit' && (
        <FormDataConsumer>
          {({ formData }) =>
            formData.status === 'closed' && (
              <TextInput
                source="closeReason"
                multiline
                fullWidth
                validate={closeReasonWhenClosing}
                helperText="traject.cases.close_hint"
              />
            )
          }
        </FormDataConsumer>
      )}
      <TextInput source="summary" multiline minRows={3} fullWidth />
    </>
  );
}
