import { Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  CheckboxGroupInput,
  Labeled,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useGetList,
  useTranslate,
} from 'react-admin';
import { DateInput, DateTimeInput } from '../common/DateInput';
import { OrganisationInput } from '../organisations/OrganisationInput';
import { useWatch } from 'react-hook-form';
import { FormRow } from '../common/FormRow';
import { usePhone } from '../common/Responsive';
import { channelChoices } from './types';

const contactName = (contact: { firstName: string; lastName: string; jobTitle?: string | null }) =>
  `${contact.firstName} ${contact.lastName}${contact.jobTitle ? ` (${contact.jobTitle})` : ''}`;

/** The organisation's contacts as checkboxes: ticking the people present is one click each. */
function ParticipantsInput({ organisationId }: { organisationId: string }) {
  const translate = useTranslate();
  const phone = usePhone();
  const { total, isPending } = useGetList('contacts', {
    filter: { organisationId },
    pagination: { page: 1, perPage: 1 },
  });
  if (!isPending && !total) {
    return (
      <Labeled label="resources.meetings.fields.contactIds">
        <Typography variant="body2" color="text.secondary">
          {translate('traject.meetings.no_contacts')}
        </Typography>
      </Labeled>
    );
  }
  return (
    <ReferenceArrayInput
      source="contactIds"
      reference="contacts"
      filter={{ organisationId }}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={100}
    >
      {/* One under the other on a phone: a row of names would widen the dialog past the screen. */}
      <CheckboxGroupInput optionText={contactName} label="resources.meetings.fields.contactIds" row={!phone} />
    </ReferenceArrayInput>
  );
}

/** The fields of a meeting note, shared by the "log a meeting" dialog, create and edit. */
export function MeetingInputs({ mode }: { mode: 'create' | 'edit' }) {
  const organisationId = useWatch({ name: 'organisationId' }) as string | undefined;
  return (
    <>
      <OrganisationInput mode={mode} />
      <FormRow columns={4}>
        <DateTimeInput source="occurredAt" validate={required()} />
        <SelectInput source="channel" choices={channelChoices} validate={required()} />
        <NumberInput source="durationMinutes" min={0} max={1440} step={15} />
        {organisationId && (
          <ReferenceInput
            source="caseId"
            reference="cases"
            filter={{ organisationId }}
            sort={{ field: 'openedOn', order: 'DESC' }}
          >
            <SelectInput optionText="title" helperText="traject.meetings.case_hint" />
          </ReferenceInput>
        )}
      </FormRow>
      <TextInput source="subject" validate={required()} fullWidth />
      {organisationId && <ParticipantsInput organisationId={organisationId} />}
      <ReferenceArrayInput
        source="staffIds"
        reference="users"
        filter={{ active: true }}
        sort={{ field: 'fullName', order: 'ASC' }}
      >
        <AutocompleteArrayInput optionText="fullName" label="resources.meetings.fields.staffIds" />
      </ReferenceArrayInput>
      <TextInput source="notes" multiline minRows={3} fullWidth />
      <FormRow columns={2}>
        <TextInput source="outcomes" multiline minRows={2} />
        <TextInput source="nextSteps" multiline minRows={2} />
      </FormRow>
      <DateInput source="followUpOn" helperText="traject.meetings.follow_up_hint" />
    </>
  );
}
