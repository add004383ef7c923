import type { ReactNode } from 'react';
import { OrganisationNameField } from './OrganisationNameField';
import { Box, Chip, Divider, Stack, Typography } from '@mui/material';
import PlaceIcon from '@mui/icons-material/Place';
import { EmailField, Labeled, SelectField, TextField, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { NumberField } from '../common/NumberField';
import { legalFormChoices, recognitionStatusChoices, sectorChoices, stageChoices } from './codes';
import { InlineField } from './InlineField';
import { CodeChipsField } from './CodeChipsField';
import { MunicipalityField } from './MunicipalityField';
import type { Organisation } from './types';
import { QuickLogBox } from './QuickLogBox';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        {children}
      </Stack>
      <Divider sx={{ mt: 2 }} />
    </Box>
  );
}

function OutsideBrusselsBadge() {
  const organisation = useRecordContext<Organisation>();
  const translate = useTranslate();
  if (!organisation?.outsideBrussels) return null;
  return (
    <Chip
      size="small"
      color="warning"
      icon={<PlaceIcon />}
      label={translate('traject.organisations.outside_brussels')}
    />
  );
}

/**
 * The first tab of an organisation's page: who it is, what for, where, how big. Whoever may edit the organisation
 * edits its own fields in place (InlineField); dates, the municipality, languages and tags stay with the edit form,
 * and stage and recognition come from its journey.
 */
export function OrganisationOverview() {
  const organisation = useRecordContext<Organisation>();
  const translate = useTranslate();
  if (!organisation) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <QuickLogBox />
      {organisation.archived && (
        <Chip color="default" label={translate('traject.organisations.archived_badge')} sx={{ mb: 2 }} />
      )}
      <Section title="traject.organisations.sections.identity">
        <InlineField source="name">
          <OrganisationNameField source="name" />
        </InlineField>
        <InlineField source="enterpriseNumber">
          <TextField source="enterpriseNumber" emptyText="—" />
        </InlineField>
        <InlineField source="legalForm" kind="select" choices={legalFormChoices}>
          <SelectField source="legalForm" choices={legalFormChoices} emptyText="—" />
        </InlineField>
        <Labeled>
          <DateField source="foundedOn" emptyText="—" />
        </Labeled>
        <Labeled>
          <DateField source="registeredOn" emptyText="—" />
        </Labeled>
        <Labeled>
          <SelectField source="stage" choices={stageChoices} emptyText="—" />
        </Labeled>
        <Labeled>
          <SelectField source="recognitionStatus" choices={recognitionStatusChoices} emptyText="—" />
        </Labeled>
      </Section>
      <Section title="traject.organisations.sections.mission">
        <InlineField source="description" kind="multiline" fullWidth>
          <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        </InlineField>
        <InlineField source="socialMission" kind="multiline" fullWidth>
          <TextField source="socialMission" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        </InlineField>
      </Section>
      <Section title="traject.organisations.sections.address">
        <InlineField source="street">
          <TextField source="street" emptyText="—" />
        </InlineField>
        <InlineField source="postcode">
          <TextField source="postcode" emptyText="—" />
        </InlineField>
        <Labeled label="resources.organisations.fields.municipality">
          <MunicipalityField />
        </Labeled>
        <Box sx={{ alignSelf: 'center' }}>
          <OutsideBrusselsBadge />
        </Box>
        <InlineField source="website" kind="url">
          <UrlField source="website" emptyText="—" target="_blank" rel="noreferrer" />
        </InlineField>
        <InlineField source="email" kind="email">
          <EmailField source="email" emptyText="—" />
        </InlineField>
        <InlineField source="phone" kind="tel">
          <TextField source="phone" emptyText="—" />
        </InlineField>
      </Section>
      <Section title="traject.organisations.sections.activity">
        <InlineField source="sectors" kind="multiple" choices={sectorChoices}>
          <CodeChipsField source="sectors" kind="sectors" />
        </InlineField>
        <InlineField source="employeesFte" kind="number">
          <NumberField source="employeesFte" emptyText="—" />
        </InlineField>
        <InlineField source="volunteers" kind="number">
          <NumberField source="volunteers" emptyText="—" />
        </InlineField>
        <Labeled label="resources.organisations.fields.languages">
          <CodeChipsField source="languages" kind="languages" />
        </Labeled>
        <Labeled label="resources.organisations.fields.tags">
          <CodeChipsField source="tags" />
        </Labeled>
      </Section>
    </Box>
  );
}
