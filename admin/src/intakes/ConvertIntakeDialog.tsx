import { useState } from 'react';
import { Button, DialogActions, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { postAction } from '../common/postAction';
import { errorMessage } from '../common/errorMessage';
import type { Intake, IntakeMatches } from './types';

interface ConvertValues {
  target: 'new' | 'existing';
  organisationId?: string;
  name: string;
  enterpriseNumber?: string;
  postcode?: string;
  legalBasis: 'consent' | 'public_task';
  openCase: boolean;
  advisorId?: string;
}

/**
 * Turns an intake into an organisation (new, prefilled and editable, or one that exists), a contact and, if
 * wanted, a case at intake with an advisor: one request, one transaction on the server.
 */
export function ConvertIntakeDialog({
  intake,
  matches,
  open,
  onClose,
}: {
  intake: Intake;
  matches?: IntakeMatches;
  open: boolean;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [saving, setSaving] = useState(false);
  const best = matches?.organisations[0];
  const defaults: ConvertValues = {
    target: best ? 'existing' : 'new',
    organisationId: best?.id,
    name: intake.organisationName,
    enterpriseNumber: intake.enterpriseNumber ?? '',
    postcode: intake.postcode ?? '',
    legalBasis: 'public_task',
    openCase: true,
  };
  const submit = async (values: Partial<ConvertValues>) => {
    setSaving(true);
    try {
      const body = {
        version: intake.version,
        legalBasis: values.legalBasis,
        openCase: values.openCase,
        advisorId: values.openCase ? values.advisorId || undefined : undefined,
        ...(values.target === 'existing'
          ? { organisationId: values.organisationId }
          : {
              organisation: {
                name: values.name,
                enterpriseNumber: values.enterpriseNumber || undefined,
                postcode: values.postcode || undefined,
                legalForm: intake.legalForm ?? undefined,
                languages: [intake.language === 'nl' ? 'nl' : intake.language === 'en' ? 'en' : 'fr'],
              },
            }),
      };
      const converted = await postAction<Intake>(`/intakes/${intake.id}/convert`, body);
      notify('traject.intakes.converted', { type: 'info' });
      onClose();
      redirect(`/organisations/${converted.organisationId}/show`);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <FormDialog title="traject.intakes.convert_title" resource="intakes" open={open} onClose={onClose}>
      <Form defaultValues={defaults} onSubmit={submit as never}>
        <Stack sx={{ px: 3, pt: 2 }}>
          <RadioButtonGroupInput
            source="target"
            label="traject.intakes.target"
            choices={[
              { id: 'new', name: 'traject.intakes.target_new' },
              { id: 'existing', name: 'traject.intakes.target_existing' },
            ]}
          />
          <FormDataConsumer<ConvertValues>>
            {({ formData }) =>
              formData.target === 'existing' ? (
                <ReferenceInput
                  source="organisationId"
                  reference="organisations"
                  sort={{ field: 'name', order: 'ASC' }}
                >
                  <AutocompleteInput label="traject.intakes.organisation" optionText="name" validate={required()} />
                </ReferenceInput>
              ) : (
                <>
                  <TextInput source="name" label="resources.organisations.fields.name" validate={required()} />
                  <TextInput source="enterpriseNumber" label="resources.organisations.fields.enterpriseNumber" />
                  <TextInput source="postcode" label="resources.organisations.fields.postcode" />
                </>
              )
            }
          </FormDataConsumer>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
            {translate('traject.intakes.contact_heading', { name: `${intake.firstName} ${intake.lastName}` })}
          </Typography>
          <RadioButtonGroupInput
            source="legalBasis"
            label="resources.contacts.fields.legalBasis"
            choices={[
              { id: 'public_task', name: 'traject.intakes.basis_public_task' },
              { id: 'consent', name: 'traject.intakes.basis_consent' },
            ]}
          />
          <BooleanInput source="openCase" label="traject.intakes.open_case" />
          <FormDataConsumer<ConvertValues>>
            {({ formData }) =>
              formData.openCase ? (
                <ReferenceInput
                  source="advisorId"
                  reference="users"
                  filter={{ active: true, role: ['advisor', 'coordinator'] }}
                  sort={{ field: 'fullName', order: 'ASC' }}
                >
                  <SelectInput
                    label="resources.cases.fields.advisorId"
                    optionText="fullName"
                    emptyText="traject.intakes.no_advisor"
                  />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
        </Stack>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{translate('traject.intakes.close')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {translate('traject.intakes.convert')}
          </Button>
        </DialogActions>
      </Form>
    </FormDialog>
  );
}
