import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The priority as a chip; high stands out. */
export function PriorityField(_props: { label?: string; source?: string; sortBy?: string }) {
  const record = useRecordContext<{ priority?: string }>();
  const translate = useTranslate();
  if (!record?.priority) return null;
  return (
    <Chip
      size="small"
      color={record.priority === 'high' ? 'error' : 'default'}
      variant={record.priority === 'low' ? 'outlined' : 'filled'}
      label={translate(`traject.priorities.${record.priority}`)}
    />
  );
}
