import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, useTranslate, type FieldProps } from 'react-admin';
import { formatNumber, isLanguage } from '../../../api/src/domain';

/** react-admin's NumberField, but in the console's language whatever the browser's locale: 2,5 in French and Dutch. */
export function NumberField(props: FieldProps & { source: string }) {
  const { emptyText, className } = props;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const value = useFieldValue(props);
  const text =
    typeof value === 'number'
      ? formatNumber(value, isLanguage(locale) ? locale : 'fr')
      : emptyText
        ? translate(emptyText, { _: emptyText })
        : '';
  return (
    <Typography component="span" variant="body2" className={className}>
      {text}
    </Typography>
  );
}
