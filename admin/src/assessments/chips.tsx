import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PillarResult, Rating, Verdict } from './emes';

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

/** The verdict in the user's language, coloured green, amber or red. */
export function VerdictChip({ verdict, size = 'small' }: { verdict: Verdict | null | undefined; size?: ChipProps['size'] }) {
  const translate = useTranslate();
  if (!verdict) return null;
  return <Chip size={size} color={colourOf(verdict)} label={translate(`traject.assessments.verdicts.${verdict}`)} data-verdict={verdict} />;
}

/** A pillar result or an indicator rating, coloured the same way. */
export function ResultChip({ value, prefix, size = 'small' }: { value: PillarResult | Rating | null | undefined; prefix?: string; size?: ChipProps['size'] }) {
  const translate = useTranslate();
  if (!value) return null;
  const label = translate(`traject.assessments.ratings.${value}`);
  return <Chip size={size} variant="outlined" color={colourOf(value)} label={prefix ? `${prefix}: ${label}` : label} />;
}
