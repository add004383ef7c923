import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { KboAlert } from '../../../api/src/domain/kbo-situations';

/** The KBO's word on an enterprise in a list: "stopped", "bankrupt"… as a red chip; nothing when all is well. */
export function KboAlertField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext<{ kboAlert?: KboAlert | null }>();
  const translate = useTranslate();
  if (!record?.kboAlert) return null;
  return (
    <Chip
      size="small"
      color="error"
      data-testid="kbo-alert-chip"
      label={translate(`traject.kbo.alerts.${record.kboAlert}`)}
    />
  );
}
