import { Box, Stack, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { ResultChip } from './chips';
import {
  EMES_GUIDANCE,
  INDICATORS,
  PILLAR_TITLES,
  PILLARS,
  type GuidanceLanguage,
  type IndicatorAnswer,
  type Pillar,
  type PillarResult,
  type Rating,
} from './emes';

const HEIGHT: Record<Rating, number> = { met: 100, partly: 55, not_met: 18, unknown: 8 };
const COLOUR: Record<Rating, string> = {
  met: 'success.main',
  partly: 'warning.main',
  not_met: 'error.main',
  unknown: 'grey.400',
};

export function useGuidanceLanguage(): GuidanceLanguage {
  const [locale] = useLocaleState();
  return locale === 'nl' || locale === 'en' ? locale : 'fr';
}

/**
 * The three pillars at a glance: a column per indicator (full when met, half when partly, a stub
 * when not met, grey when unknown), grouped by pillar with the pillar's result under it.
 */
export function PillarPicture({
  indicators,
  pillars,
}: {
  indicators: IndicatorAnswer[];
  pillars: Record<Pillar, PillarResult> | null;
}) {
  const translate = useTranslate();
  const language = useGuidanceLanguage();
  const ratingOf = (code: string) => indicators.find((answer) => answer.code === code)?.rating ?? 'unknown';
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ alignItems: 'flex-end' }}
      aria-label={translate('traject.assessments.picture')}
      role="figure"
    >
      {PILLARS.map((pillar) => (
        <Box key={pillar} sx={{ flex: 1, minWidth: 0 }}>
          <Stack
            direction="row"
            spacing={0.5}
            sx={{ height: 90, alignItems: 'flex-end', borderBottom: 1, borderColor: 'divider' }}
          >
            {INDICATORS.filter((indicator) => indicator.pillar === pillar).map(({ code }) => {
              const rating = ratingOf(code);
              const title = `${EMES_GUIDANCE[code][language].title}: ${translate(`traject.assessments.ratings.${rating}`)}`;
              return (
                <Tooltip key={code} title={title}>
                  <Box
                    role="img"
                    aria-label={title}
                    data-rating={rating}
                    sx={{
                      flex: 1,
                      height: `${HEIGHT[rating]}%`,
                      bgcolor: COLOUR[rating],
                      borderRadius: '3px 3px 0 0',
                      transition: 'height 200ms',
                    }}
                  />
                </Tooltip>
              );
            })}
          </Stack>
          <Typography
            variant="caption"
            component="div"
            sx={{ mt: 0.5, lineHeight: 1.2 }}
            noWrap
            title={PILLAR_TITLES[pillar][language]}
          >
            {PILLAR_TITLES[pillar][language]}
          </Typography>
          {pillars && <ResultChip value={pillars[pillar]} />}
        </Box>
      ))}
    </Stack>
  );
}
