import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DuplicateReason } from './duplicatesApi';

export function ReasonChips({ reasons }: { reasons: DuplicateReason[] }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {reasons.map((reason) => (
        <Chip
          key={reason.code}
          size="small"
          label={`${translate(`traject.duplicates.reasons.${reason.code}`)}${reason.similarity !== undefined ? ` ${Math.round(reason.similarity * 100)}%` : ''}`}
        />
      ))}
    </Stack>
  );
}
