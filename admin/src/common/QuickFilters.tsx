import { Chip, Stack } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { isOn, toggled } from './quickFilterValues';

export interface QuickFilter {
  label: string;
  /** The filter values the chip sets; it is on when the list's filters hold all of them. */
  values: Record<string, unknown>;
}

/** One-click filters above a list ("my tasks", "overdue"), after react-admin's demo. */
export function QuickFilters({ filters }: { filters: QuickFilter[] }) {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ px: 2, pt: 1.5, pb: 0.5, flexWrap: 'wrap' }}
      role="group"
      aria-label={translate('traject.app.quick_filters')}
    >
      {filters.map(({ label, values }) => {
        const active = isOn(filterValues, values);
        const toggle = () => setFilters(toggled(filterValues, values), displayedFilters);
        return (
          <Chip
            key={label}
            label={translate(label)}
            color={active ? 'primary' : 'default'}
            variant={active ? 'filled' : 'outlined'}
            onClick={toggle}
            aria-pressed={active}
          />
        );
      })}
    </Stack>
  );
}
