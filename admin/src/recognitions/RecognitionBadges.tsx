import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { statusColour as statusColourOf, type Recognition } from './types';

/** The status, and "renewal due" / "renewal late" when an approval nears its end. */
export function StatusChip({ record }: { record: Pick<Recognition, 'status'> }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={statusColourOf(record.status)}
      label={translate(`traject.recognitions.statuses.${record.status}`)}
      data-status={record.status}
    />
  );
}

export function RenewalBadges({ record }: { record: Pick<Recognition, 'renewalDue' | 'renewalLate'> }) {
  const translate = useTranslate();
  if (!record.renewalDue && !record.renewalLate) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {record.renewalLate ? (
        <Chip size="small" color="error" label={translate('traject.recognitions.renewal_late')} />
      ) : (
        <Chip size="small" color="warning" label={translate('traject.recognitions.renewal_due')} />
      )}
    </Stack>
  );
}
