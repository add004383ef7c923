import { Button, ButtonGroup, Card, CardContent, MenuItem, TextField } from '@mui/material';
import { DayPicker } from '../common/DatePickers';
import { useGetList, useTranslate } from 'react-admin';
import { sectorChoices } from '../organisations/codes';
import { PRESETS, presetPeriod, type Preset } from './period';
import type { OverviewQuery } from './types';

interface Props {
  query: OverviewQuery;
  onChange: (patch: Partial<OverviewQuery>) => void;
  /** Advisors see their own cases only: no advisor filter. */
  advisorFilter: boolean;
}

/** The period (from, to, presets) and the scope (advisor, sector) of the dashboard. */
export function ReportFilters({ query, onChange, advisorFilter }: Props) {
  const translate = useTranslate();
  const { data: staff } = useGetList(
    'users',
    {
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'fullName', order: 'ASC' },
      filter: { role: ['advisor', 'coordinator', 'admin'] },
    },
    { enabled: advisorFilter, staleTime: 5 * 60 * 1000 },
  );
  const activePreset = PRESETS.find((preset) => {
    const period = presetPeriod(preset);
    return period.from === query.from && period.to === query.to;
  });
  const setDate = (field: 'from' | 'to', value: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onChange({ [field]: value });
  };
  return (
    <Card component="section" aria-label={translate('traject.reports.filters')}>
      <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', pb: '16px !important' }}>
        <DayPicker
          fullWidth={false}
          margin="none"
          sx={{ width: 180 }}
          label={translate('traject.reports.from')}
          value={query.from}
          onChange={(day) => setDate('from', day ?? '')}
        />
        <DayPicker
          fullWidth={false}
          margin="none"
          sx={{ width: 180 }}
          label={translate('traject.reports.to')}
          value={query.to}
          onChange={(day) => setDate('to', day ?? '')}
        />
        <ButtonGroup size="small" aria-label={translate('traject.reports.presets')}>
          {PRESETS.map((preset: Preset) => (
            <Button
              key={preset}
              variant={activePreset === preset ? 'contained' : 'outlined'}
              aria-pressed={activePreset === preset}
              onClick={() => onChange(presetPeriod(preset))}
            >
              {translate(`traject.reports.preset.${preset}`)}
            </Button>
          ))}
        </ButtonGroup>
        {advisorFilter && (
          <TextField
            select
            size="small"
            fullWidth={false}
            sx={{ minWidth: 200 }}
            label={translate('traject.reports.advisor')}
            value={query.advisorId ?? ''}
            onChange={(event) => onChange({ advisorId: event.target.value || undefined })}
          >
            <MenuItem value="">{translate('traject.reports.everyone')}</MenuItem>
            {(staff ?? []).map((user) => (
              <MenuItem key={user.id} value={String(user.id)}>
                {user.fullName}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          select
          size="small"
          fullWidth={false}
          sx={{ minWidth: 200 }}
          label={translate('traject.reports.sector')}
          value={query.sector ?? ''}
          onChange={(event) => onChange({ sector: event.target.value || undefined })}
        >
          <MenuItem value="">{translate('traject.reports.all_sectors')}</MenuItem>
          {sectorChoices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </TextField>
      </CardContent>
    </Card>
  );
}
