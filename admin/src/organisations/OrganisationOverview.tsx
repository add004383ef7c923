import type { ReactNode } from 'react';
import { OrganisationNameField } from './OrganisationNameField';
import { Box, Chip, Divider, Stack, Typography } from '@mui/material';
import PlaceIcon from '@mui/icons-material/Place';
import { EmailField, Labeled, SelectField, TextField, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { NumberField } from '../common/NumberField';
import { legalFormChoices, recognitionStatusChoices, stageChoices } from './codes';
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

/** The first tab of an organisation's page: who it is, what for, where, how big. */
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
        <Labeled>
          <OrganisationNameField source="name" />
        </Labeled>
        <Labeled>
          <TextField source="enterpriseNumber" emptyText="—" />
        </Labeled>
        <Labeled>
          <SelectField source="legalForm" choices={legalFormChoices} emptyText="—" />
        </Labeled>
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
        <Labeled fullWidth>
          <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        </Labeled>
        <Labeled fullWidth>
          <TextField source="socialMission" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        </Labeled>
      </Section>
      <Section title="traject.organisations.sections.address">
        <Labeled>
          <TextField source="street" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="postcode" emptyText="—" />
        </Labeled>
        <Labeled label="resources.organisations.fields.municipality">
          <MunicipalityField />
        </Labeled>
        <Box sx={{ alignSelf: 'center' }}>
          <OutsideBrusselsBadge />
        </Box>
        <Labeled>
          <UrlField source="website" emptyText="—" target="_blank" rel="noreferrer" />
        </Labeled>
        <Labeled>
          <EmailField source="email" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="phone" emptyText="—" />
        </Labeled>
      </Section>
      <Section title="traject.organisations.sections.activity">
        <Labeled label="resources.organisations.fields.sectors">
          <CodeChipsField source="sectors" kind="sectors" />
        </Labeled>
        <Labeled>
          <NumberField source="employeesFte" emptyText="—" />
        </Labeled>
        <Labeled>
          <NumberField source="volunteers" emptyText="—" />
        </Labeled>
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
