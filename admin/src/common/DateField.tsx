import { Typography, type SxProps, type Theme } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { formatDateTime, formatDay } from '../../../api/src/domain';

interface DateFieldProps extends FieldProps {
  source: string;
  showTime?: boolean;
  sx?: SxProps<Theme>;
  /** Accepted for react-admin compatibility; the Belgian format is fixed. */
  options?: unknown;
}

/**
 * react-admin's DateField, but Belgian whatever the browser's locale: 31/05/2026, and with `showTime`
 * 31/05/2026 14:05 (Brussels time, no seconds).
 */
export function DateField(props: DateFieldProps) {
  const { showTime, emptyText, className, sx } = props;
  const translate = useTranslate();
  const value = useFieldValue(props);
  const text = value
    ? showTime
      ? formatDateTime(value)
      : formatDay(value)
    : emptyText
      ? translate(emptyText, { _: emptyText })
      : '';
  return (
    <Typography component="span" variant="body2" className={className} sx={sx}>
      {text}
    </Typography>
  );
}
