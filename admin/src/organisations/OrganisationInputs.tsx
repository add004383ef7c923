import { useEffect, useRef, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  CheckboxGroupInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  email,
  maxLength,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { languageChoices, legalFormChoices, sectorChoices } from './codes';
import { formattedEnterpriseNumber, validateEnterpriseNumber } from './enterpriseNumber';
import { useMunicipalities } from './useMunicipalities';
import { KboProposal } from '../kbo/KboProposal';

/** Inputs side by side on a wide screen, stacked on a narrow one. */
function Row({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, columnGap: 2, width: '100%' }}
    >
      {children}
    </Box>
  );
}

/** Formats a valid number as 0XXX.XXX.XXX when the advisor leaves the input. */
function EnterpriseNumberInput() {
  const { setValue, getValues } = useFormContext();
  return (
    <TextInput
      source="enterpriseNumber"
      validate={validateEnterpriseNumber}
      helperText="traject.enterprise_number.hint"
      onBlur={() => {
        const value = getValues('enterpriseNumber');
        if (!value) return;
        const formatted = formattedEnterpriseNumber(String(value));
        if (formatted && formatted !== value)
          setValue('enterpriseNumber', formatted, { shouldDirty: true, shouldValidate: true });
      }}
    />
  );
}

/**
 * The postcode fills the municipality as it is typed (the server derives it the same way);
 * the advisor may still pick another one, since some postcodes span two municipalities.
 */
function AddressInputs() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const { choices, fromPostcode, isPending } = useMunicipalities();
  const postcode = useWatch({ name: 'postcode' }) as string | null | undefined;
  const previous = useRef(postcode);

  useEffect(() => {
    if (isPending || postcode === previous.current) return;
    previous.current = postcode;
    if (!postcode || !/^\d{4}$/.test(postcode)) return;
    setValue('municipality', fromPostcode(postcode) ?? null, { shouldDirty: true });
  }, [postcode, fromPostcode, isPending, setValue]);

  const outside = !!postcode && /^\d{4}$/.test(postcode) && !isPending && !fromPostcode(postcode);
  return (
    <>
      <TextInput source="street" fullWidth />
      <Row>
        <TextInput source="postcode" validate={regex(/^[1-9]\d{3}$/, 'traject.organisations.postcode_invalid')} />
        <SelectInput
          source="municipality"
          choices={choices}
          isPending={isPending}
          emptyText="traject.organisations.no_municipality"
        />
      </Row>
      {outside && (
        <Typography variant="body2" color="warning.main" sx={{ mb: 2 }}>
          {translate('traject.organisations.outside_brussels_hint')}
        </Typography>
      )}
    </>
  );
}

/** The inputs create and edit share. Only the name is required: advisors often start from a name heard at an event. */
export function OrganisationInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(300)]} fullWidth />
      <Row>
        <EnterpriseNumberInput />
        <SelectInput source="legalForm" choices={legalFormChoices} emptyText="traject.organisations.no_legal_form" />
        <DateInput source="foundedOn" />
        <DateInput source="registeredOn" helperText="resources.organisations.fields.registeredOn_hint" />
      </Row>
      <KboProposal />
      <SelectArrayInput source="sectors" choices={sectorChoices} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <TextInput source="socialMission" multiline minRows={2} fullWidth />
      <AddressInputs />
      <Row>
        <TextInput source="website" />
        <TextInput source="email" type="email" validate={email()} />
        <TextInput source="phone" />
      </Row>
      <Row>
        <NumberInput source="employeesFte" min={0} step={0.1} />
        <NumberInput source="volunteers" min={0} step={1} />
      </Row>
      <CheckboxGroupInput source="languages" choices={languageChoices} />
      <TextArrayInput source="tags" helperText="traject.organisations.tags_hint" fullWidth />
    </>
  );
}
