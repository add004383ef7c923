import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** An array of codes as chips, each translated under `traject.<kind>.<code>` (or as typed, for tags). */
export function CodeChipsField({ source, kind }: { source: string; kind?: string; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const values = (record?.[source] as string[] | undefined) ?? [];
  if (!values.length) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {values.map((value) => (
        <Chip key={value} size="small" label={kind ? translate(`traject.${kind}.${value}`, { _: value }) : value} />
      ))}
    </Stack>
  );
}
