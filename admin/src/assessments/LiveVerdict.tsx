import type { ReactNode } from 'react';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatNumber } from '../../../api/src/domain';
import { NotAssessedChip, ResultChip, VerdictChip } from './chips';
import { PILLAR_TITLES, PILLARS, pillarNotAssessed, type EmesResult, type GuidanceLanguage } from './emes';
import { PillarPicture } from './PillarPicture';

/**
 * The verdict, each pillar's result and the wage ratio as the form stands (the server's rules, scored as one types),
 * the pillars' picture, then the page's buttons (`children`).
 */
export function LiveVerdict({
  result,
  language,
  children,
}: {
  result: EmesResult;
  language: GuidanceLanguage;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card
      variant="outlined"
      component="aside"
      aria-label={translate('traject.assessments.result')}
      sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}
    >
      <CardContent>
        <Typography variant="overline">{translate('traject.assessments.result')}</Typography>
        <Stack spacing={1} sx={{ mb: 2 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography sx={{ fontWeight: 600 }}>{translate('resources.assessments.fields.verdict')}</Typography>
            <VerdictChip verdict={result.verdict} indicators={result.indicators} size="medium" />
          </Stack>
          {PILLARS.map((pillar) => (
            <Stack
              key={pillar}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center', justifyContent: 'space-between' }}
              data-pillar={pillar}
            >
              <Typography variant="body2">{PILLAR_TITLES[pillar][language]}</Typography>
              {pillarNotAssessed(result.indicators, pillar) ? (
                <NotAssessedChip />
              ) : (
                <ResultChip value={result.pillars[pillar]} />
              )}
            </Stack>
          ))}
          <Typography variant="body2" color="text.secondary">
            {result.wageRatio === null
              ? translate('traject.assessments.ratio_unknown')
              : translate('traject.assessments.ratio', { ratio: formatNumber(result.wageRatio, language) })}
          </Typography>
        </Stack>
        <PillarPicture indicators={result.indicators} pillars={result.pillars} />
        <Stack spacing={1} sx={{ mt: 2 }}>
          {children}
        </Stack>
      </CardContent>
    </Card>
  );
}
