import { Typography } from '@mui/material';
import { useGetResourceLabel, useRecordContext } from 'react-admin';
import { NameInLanguage } from '../common/NameInLanguage';
import type { Organisation } from './types';

/** The organisation's name, marked with its language when it works in one language other than the console's. */
export function OrganisationNameField(_props: { label?: string; source?: string; sortBy?: string }) {
  const organisation = useRecordContext<Organisation>();
  if (!organisation) return null;
  return (
    <Typography component="span" variant="body2">
      <NameInLanguage name={organisation.name} languages={organisation.languages} />
    </Typography>
  );
}

/** The organisation page's title: "Organisation" and its name, the name in its language. */
export function OrganisationTitle() {
  const organisation = useRecordContext<Organisation>();
  const getResourceLabel = useGetResourceLabel();
  if (!organisation) return null;
  return (
    <span>
      {getResourceLabel('organisations', 1)}{' '}
      <NameInLanguage name={organisation.name} languages={organisation.languages} />
    </span>
  );
}
