import type { ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { DayPicker, MomentPicker, type DatePickerProps } from './DatePickers';
import { INVALID_DATE } from './pickerValues';

/**
 * react-admin's DateInput and DateTimeInput, but Belgian whatever the browser's locale (DatePickers.tsx): the
 * form holds what the API reads (`2027-01-31`, an ISO timestamp); a date left in part or impossible is refused with a
 * message.
 */
type DateInputProps = Omit<InputProps, 'helperText' | 'label'> & {
  label?: ReactNode;
  helperText?: ReactNode | false;
  className?: string;
  sx?: SxProps<Theme>;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
};

const complete: Validator = (value) => (value === INVALID_DATE ? 'traject.dates.incomplete' : undefined);

/** The caller's format and parse see only complete values. */
const passInvalid =
  <T,>(transform?: (value: T) => unknown) =>
  (value: T) =>
    value === INVALID_DATE || !transform ? value : transform(value);

function PickerInput({ Picker, ...props }: DateInputProps & { Picker: (props: DatePickerProps) => ReactNode }) {
  const { label, helperText, source, resource, className, sx, fullWidth, size, validate, format, parse } = props;
  const { field, fieldState, isRequired } = useInput({
    ...props,
    validate: [complete, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])],
    format: passInvalid(format),
    parse: passInvalid(parse ?? ((value: string | null) => value)),
  });
  const { invalid, error } = fieldState;
  return (
    <Picker
      name={field.name}
      value={field.value as string | null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      disabled={props.disabled}
      readOnly={props.readOnly}
      error={invalid}
      helperText={
        helperText !== false || invalid ? <InputHelperText error={error?.message} helperText={helperText} /> : null
      }
      label={
        label !== '' && label !== false ? (
          <FieldTitle label={label as string} source={source} resource={resource} isRequired={isRequired} />
        ) : null
      }
      className={['ra-input', `ra-input-${source}`, className].filter(Boolean).join(' ')}
      sx={sx}
      fullWidth={fullWidth}
      size={size}
    />
  );
}

/** A day: typed and shown 31/01/2027, sent as `2027-01-31`. */
export function DateInput(props: DateInputProps) {
  return <PickerInput {...props} Picker={DayPicker} />;
}

/** A moment: typed and shown 31/01/2027 14:30 (Brussels time), sent as an ISO timestamp. */
export function DateTimeInput(props: DateInputProps) {
  return <PickerInput {...props} Picker={MomentPicker} />;
}
