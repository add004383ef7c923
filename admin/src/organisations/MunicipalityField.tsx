import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useMunicipalities } from './useMunicipalities';

/** The municipality (a NIS code in the record) by its name in the user's language. */
export function MunicipalityField({ source = 'municipality' }: { source?: string; label?: string; sortBy?: string }) {
  const record = useRecordContext();
  const { nameOf } = useMunicipalities();
  const id = record?.[source] as string | null | undefined;
  if (!id) return null;
  return (
    <Typography component="span" variant="body2">
      {nameOf(id)}
    </Typography>
  );
}
