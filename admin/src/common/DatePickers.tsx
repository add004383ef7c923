import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { DesktopDateTimePicker } from '@mui/x-date-pickers/DesktopDateTimePicker';
import type { DateTime } from 'luxon';
import {
  BRUSSELS,
  INVALID_DATE,
  DAY_FORMAT,
  MOMENT_FORMAT,
  dayToPicked,
  momentToPicked,
  pickedToDay,
  pickedToMoment,
} from './pickerValues';

/**
 * The console's two date fields, whatever the browser's locale: a day typed and read 31/01/2027, a moment
 * 31/01/2027 14:30 (24 hours, no seconds, Brussels time). Their value is what the API reads: `2027-01-31`, or an
 * ISO timestamp; null when empty, INVALID_DATE when left in part, impossible or out of MUI X's bounds (1900-2099):
 * the year typed 2, 20, 202, 2020 passes through the years 0002, 0020 and 0202, which must not reach a filter.
 *
 * The desktop pickers everywhere, phones included: the field is typed into with the keyboard (digits, arrows)
 * and the calendar opens from its button, where the mobile variant would only open a dialog.
 */
export interface DatePickerProps {
  label: ReactNode;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  helperText?: ReactNode;
  error?: boolean;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  size?: 'small' | 'medium';
  margin?: 'dense' | 'none' | 'normal';
  fullWidth?: boolean;
  name?: string;
  className?: string;
  sx?: SxProps<Theme>;
}

/**
 * What is typed stays on screen while the form hears "invalid", and a value changed from outside (a reset, a
 * default) replaces it.
 */
function usePicked(
  value: string | null | undefined,
  toPicked: (value: unknown) => DateTime | null,
  fromPicked: (picked: DateTime | null) => string | null,
) {
  const [picked, setPicked] = useState(() => toPicked(value));
  useEffect(() => {
    setPicked((current) =>
      value === INVALID_DATE || fromPicked(current) === (value || null) ? current : toPicked(value),
    );
  }, [value, toPicked, fromPicked]);
  return [picked, setPicked] as const;
}

/**
 * MUI X publishes no date while a field is left in part (`01/02/AAAA`): on leaving it, its text (the hidden input's,
 * empty only when every part is) tells a part-typed date, which the form hears as INVALID_DATE, from an empty one.
 */
function usePartTyped(props: DatePickerProps, picked: DateTime | null) {
  const inputRef = useRef<HTMLInputElement>(null);
  const onBlur = () => {
    if (!picked) {
      const next = inputRef.current?.value ? INVALID_DATE : null;
      if (next !== (props.value || null)) props.onChange(next);
    }
    props.onBlur?.();
  };
  return { inputRef, onBlur };
}

/**
 * Filled, dense and small, full width unless told: react-admin's inputs' look (its theme's MuiTextField). No `id`:
 * the picker names its calendar popup after the label's id, which it derives from the id it generates itself.
 */
function textFieldProps(props: DatePickerProps, onBlur: () => void) {
  const { helperText, error, required, name } = props;
  const { size = 'small', margin = 'dense', fullWidth = true } = props;
  return { helperText, error, required, name, onBlur, size, margin, fullWidth, variant: 'filled' as const };
}

export function DayPicker(props: DatePickerProps) {
  const [picked, setPicked] = usePicked(props.value, dayToPicked, pickedToDay);
  const { inputRef, onBlur } = usePartTyped(props, picked);
  return (
    <DesktopDatePicker
      label={props.label}
      value={picked}
      onChange={(next, { validationError }) => {
        setPicked(next);
        props.onChange(next && validationError ? INVALID_DATE : pickedToDay(next));
      }}
      format={DAY_FORMAT}
      timezone={BRUSSELS}
      disabled={props.disabled}
      readOnly={props.readOnly}
      className={props.className}
      sx={props.sx}
      inputRef={inputRef}
      slotProps={{ textField: textFieldProps(props, onBlur) }}
    />
  );
}

export function MomentPicker(props: DatePickerProps) {
  const [picked, setPicked] = usePicked(props.value, momentToPicked, pickedToMoment);
  const { inputRef, onBlur } = usePartTyped(props, picked);
  return (
    <DesktopDateTimePicker
      label={props.label}
      value={picked}
      onChange={(next, { validationError }) => {
        setPicked(next);
        props.onChange(next && validationError ? INVALID_DATE : pickedToMoment(next));
      }}
      format={MOMENT_FORMAT}
      ampm={false}
      views={['year', 'month', 'day', 'hours', 'minutes']}
      timezone={BRUSSELS}
      disabled={props.disabled}
      readOnly={props.readOnly}
      className={props.className}
      sx={props.sx}
      inputRef={inputRef}
      slotProps={{ textField: textFieldProps(props, onBlur) }}
    />
  );
}
