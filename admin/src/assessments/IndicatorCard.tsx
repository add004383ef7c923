import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';
import { colourOf } from './chips';
import { counts, EMES_GUIDANCE, RATINGS, type GuidanceLanguage, type IndicatorCode, type Rating } from './emes';

interface Props {
  code: IndicatorCode;
  rating: Rating;
  evidence: string;
  language: GuidanceLanguage;
  readOnly: boolean;
  /** Set when the rating is computed (the wage tension from the two wages): the reason shown instead of the buttons' choice. */
  forcedBy?: string;
  onRating: (rating: Rating) => void;
  onEvidence: (evidence: string) => void;
}

/** One EMES indicator: its title, the four rating buttons, the written justification and the guidance to unfold. */
export function IndicatorCard({ code, rating, evidence, language, readOnly, forcedBy, onRating, onEvidence }: Props) {
  const translate = useTranslate();
  const guidance = EMES_GUIDANCE[code][language];
  const titleId = `indicator-${code}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} data-indicator={code} sx={{ p: 2 }}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography id={titleId} sx={{ fontWeight: 600 }}>
          {guidance.title}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={rating}
          disabled={readOnly || !!forcedBy}
          aria-label={guidance.title}
          onChange={(_event, value: Rating | null) => value && onRating(value)}
        >
          {RATINGS.map((value) => (
            <ToggleButton
              key={value}
              value={value}
              color={colourOf(value) === 'default' ? 'standard' : (colourOf(value) as 'success' | 'warning' | 'error')}
            >
              {translate(`traject.assessments.ratings.${value}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      {!counts(code) && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-not-counted>
          {translate('traject.assessments.not_counted')}
        </Typography>
      )}
      {forcedBy && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {forcedBy}
        </Typography>
      )}
      {readOnly ? (
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('traject.assessments.justification')}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{evidence || '—'}</Typography>
        </Box>
      ) : (
        <TextField
          label={translate('traject.assessments.justification')}
          value={evidence}
          onChange={(event) => onEvidence(event.target.value)}
          multiline
          minRows={2}
          fullWidth
          size="small"
          sx={{ mt: 1.5 }}
          slotProps={{
            htmlInput: {
              'aria-label': `${translate('traject.assessments.justification')} – ${guidance.title}`,
              maxLength: 5000,
            },
          }}
        />
      )}
      <Accordion disableGutters elevation={0} sx={{ mt: 1, '&:before': { display: 'none' }, bgcolor: 'transparent' }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ px: 0, minHeight: 0 }}>
          <Typography variant="body2" color="primary">
            {translate('traject.assessments.guidance')}
          </Typography>
        </AccordionSummary>
        <AccordionDetails sx={{ px: 0 }}>
          <Guidance label={translate('traject.assessments.meaning')} text={guidance.meaning} />
          <Guidance label={translate('traject.assessments.examples')} text={guidance.examples} />
          <Guidance label={translate('traject.assessments.evidence')} text={guidance.evidence} />
        </AccordionDetails>
      </Accordion>
    </Paper>
  );
}

function Guidance({ label, text }: { label: string; text: string }) {
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="subtitle2">{label}</Typography>
      <Typography variant="body2" color="text.secondary">
        {text}
      </Typography>
    </Box>
  );
}
