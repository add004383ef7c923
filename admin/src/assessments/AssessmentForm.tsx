import { Box, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ResultChip } from './chips';
import {
  INDICATORS,
  PILLAR_TITLES,
  PILLARS,
  type EmesResult,
  type GuidanceLanguage,
  type IndicatorCode,
  type Rating,
} from './emes';
import { IndicatorCard } from './IndicatorCard';
import type { Draft } from './assessmentDraft';
import { WageCalculator } from './WageCalculator';
import { DayPicker } from '../common/DatePickers';

interface Props {
  draft: Draft;
  result: EmesResult;
  language: GuidanceLanguage;
  readOnly: boolean;
  change: (update: (current: Draft) => Draft) => void;
}

/** The assessment's form: its day and profit share, then each pillar's indicators (the wage rule with its calculator). */
export function AssessmentForm({ draft, result, language, readOnly, change }: Props) {
  const translate = useTranslate();
  const setAnswer = (code: IndicatorCode, patch: Partial<{ rating: Rating; evidence: string }>) =>
    change((current) => ({
      ...current,
      answers: { ...current.answers, [code]: { ...current.answers[code], ...patch } },
    }));
  const wageForced = result.wageRatio !== null ? translate('traject.assessments.wage_decides') : undefined;
  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2}>
        <DayPicker
          label={translate('resources.assessments.fields.assessedOn')}
          value={draft.assessedOn}
          disabled={readOnly}
          onChange={(day) => change((current) => ({ ...current, assessedOn: day ?? '' }))}
          fullWidth={false}
          margin="none"
        />
        <TextField
          type="number"
          size="small"
          label={translate('resources.assessments.fields.profitDistributionPct')}
          value={draft.profit}
          disabled={readOnly}
          onChange={(event) => change((current) => ({ ...current, profit: event.target.value }))}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 'any' } }}
        />
      </Stack>
      {PILLARS.map((pillar) => (
        <Box key={pillar} component="section" aria-label={PILLAR_TITLES[pillar][language]}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="h6" component="h2">
              {PILLAR_TITLES[pillar][language]}
            </Typography>
            <ResultChip value={result.pillars[pillar]} />
          </Stack>
          <Stack spacing={1.5}>
            {INDICATORS.filter((indicator) => indicator.pillar === pillar).map(({ code }) => (
              <Box key={code}>
                <IndicatorCard
                  code={code}
                  rating={
                    code === 'soc_wage_tension'
                      ? result.indicators.find((answer) => answer.code === code)!.rating
                      : draft.answers[code].rating
                  }
                  evidence={draft.answers[code].evidence}
                  language={language}
                  readOnly={readOnly}
                  forcedBy={code === 'soc_wage_tension' ? wageForced : undefined}
                  onRating={(rating) => setAnswer(code, { rating })}
                  onEvidence={(evidence) => setAnswer(code, { evidence })}
                />
                {code === 'soc_wage_tension' && (
                  <Box sx={{ mt: 1.5 }}>
                    <WageCalculator
                      lowest={draft.lowest}
                      highest={draft.highest}
                      readOnly={readOnly}
                      onChange={(field, value) => change((current) => ({ ...current, [field]: value }))}
                    />
                  </Box>
                )}
              </Box>
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
