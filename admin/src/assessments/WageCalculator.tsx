import { Alert, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MAX_WAGE_RATIO, meetsWageTension, wageRatio } from './emes';
import { formatNumber } from '../../../api/src/domain';
import { useLanguage } from '../i18n/useLanguage';
import { toNumber } from './assessmentDraft';

interface Props {
  lowest: string;
  highest: string;
  readOnly: boolean;
  onChange: (field: 'lowest' | 'highest', value: string) => void;
}

/** The lowest and the highest wage, the ratio between them and hub.brussels's 1:4 rule. */
export function WageCalculator({ lowest, highest, readOnly, onChange }: Props) {
  const translate = useTranslate();
  const language = useLanguage();
  const ratio = wageRatio(toNumber(lowest), toNumber(highest));
  // The unrounded ratio decides (4.004 shows 4.00 and is not met), as on the server.
  const within = ratio !== null && meetsWageTension(toNumber(lowest)!, toNumber(highest)!);
  return (
    <Paper variant="outlined" component="section" aria-label={translate('traject.assessments.wages')} sx={{ p: 2 }}>
      <Typography sx={{ fontWeight: 600 }}>{translate('traject.assessments.wages')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate('traject.assessments.wage_basis')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <TextField
          label={translate('resources.assessments.fields.lowestWage')}
          type="number"
          size="small"
          value={lowest}
          disabled={readOnly}
          onChange={(event) => onChange('lowest', event.target.value)}
          slotProps={{ htmlInput: { min: 0, step: 'any' } }}
        />
        <TextField
          label={translate('resources.assessments.fields.highestWage')}
          type="number"
          size="small"
          value={highest}
          disabled={readOnly}
          onChange={(event) => onChange('highest', event.target.value)}
          slotProps={{ htmlInput: { min: 0, step: 'any' } }}
        />
        <Typography aria-live="polite" data-testid="wage-ratio">
          {ratio === null
            ? translate('traject.assessments.ratio_unknown')
            : translate('traject.assessments.ratio', { ratio: formatNumber(ratio, language) })}
        </Typography>
      </Stack>
      {ratio !== null && (
        <Alert severity={within ? 'success' : 'error'} sx={{ mt: 1.5 }}>
          {translate(within ? 'traject.assessments.within_rule' : 'traject.assessments.above_rule', {
            max: MAX_WAGE_RATIO,
          })}
        </Alert>
      )}
    </Paper>
  );
}
