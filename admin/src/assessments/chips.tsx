import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { notAssessedYet, type IndicatorAnswer, type PillarResult, type Rating, type Verdict } from './emes';

type Colour = ChipProps['color'];
const COLOURS: Record<string, Colour> = {
  met: 'success',
  meets: 'success',
  partly: 'warning',
  partly_meets: 'warning',
  not_met: 'error',
  does_not_meet: 'error',
  unknown: 'default',
};

export function colourOf(value: string | null | undefined): Colour {
  return (value && COLOURS[value]) || 'default';
}

/** "Not assessed yet", grey: nothing rated, so no verdict to show. */
export function NotAssessedChip({ size = 'small' }: { size?: ChipProps['size'] }) {
  const translate = useTranslate();
  return (
    <Chip size={size} variant="outlined" label={translate('traject.field.not_assessed')} data-verdict="not_assessed" />
  );
}

/** The verdict in the user's language, coloured green, amber or red; "not assessed yet" while no indicator is rated. */
export function VerdictChip({
  verdict,
  indicators,
  size = 'small',
}: {
  verdict: Verdict | null | undefined;
  indicators?: ReadonlyArray<IndicatorAnswer>;
  size?: ChipProps['size'];
}) {
  const translate = useTranslate();
  if (indicators && notAssessedYet(indicators)) return <NotAssessedChip size={size} />;
  if (!verdict) return null;
  return (
    <Chip
      size={size}
      color={colourOf(verdict)}
      label={translate(`traject.assessments.verdicts.${verdict}`)}
      data-verdict={verdict}
    />
  );
}

/** A pillar result or an indicator rating, coloured the same way. */
export function ResultChip({
  value,
  prefix,
  size = 'small',
}: {
  value: PillarResult | Rating | null | undefined;
  prefix?: string;
  size?: ChipProps['size'];
}) {
  const translate = useTranslate();
  if (!value) return null;
  const label = translate(`traject.assessments.ratings.${value}`);
  return <Chip size={size} variant="outlined" color={colourOf(value)} label={prefix ? `${prefix}: ${label}` : label} />;
}
