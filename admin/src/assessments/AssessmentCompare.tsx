import { useEffect, useState, type ReactElement } from 'react';
import {
  Alert,
  Box,
  FormControl,
  InputLabel,
  MenuItem,
  Paper,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DragHandleIcon from '@mui/icons-material/DragHandle';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useTranslate } from 'react-admin';
import { getJson } from '../common/postAction';
import { ResultChip, VerdictChip } from './chips';
import { EMES_GUIDANCE, PILLAR_TITLES, type IndicatorCode, type Movement } from './emes';
import { useGuidanceLanguage } from './PillarPicture';
import type { Assessment, Comparison } from './types';

const MOVES: Record<Movement, { icon: ReactElement; colour: string }> = {
  improved: { icon: <ArrowUpwardIcon fontSize="small" />, colour: 'success.main' },
  declined: { icon: <ArrowDownwardIcon fontSize="small" />, colour: 'error.main' },
  same: { icon: <DragHandleIcon fontSize="small" />, colour: 'text.disabled' },
  changed: { icon: <SwapHorizIcon fontSize="small" />, colour: 'info.main' },
};

function Move({ change }: { change: Movement }) {
  const translate = useTranslate();
  const { icon, colour } = MOVES[change];
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: colour }} data-change={change}>
      {icon}
      <Typography variant="body2">{translate(`traject.assessments.changes.${change}`)}</Typography>
    </Stack>
  );
}

/** Two assessments of an organisation side by side: how each indicator, pillar and the verdict moved. */
export function AssessmentCompare({
  organisationId,
  assessments,
}: {
  organisationId: string;
  assessments: Assessment[];
}) {
  const translate = useTranslate();
  const language = useGuidanceLanguage();
  // Newest first: by default the one before the latest, then the latest.
  const [from, setFrom] = useState(assessments[1]?.id ?? '');
  const [to, setTo] = useState(assessments[0]?.id ?? '');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!from || !to || from === to) return setComparison(null);
    let live = true;
    setFailed(false);
    getJson<Comparison>(`/organisations/${organisationId}/assessments/compare?from=${from}&to=${to}`)
      .then((answer) => live && setComparison(answer))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [organisationId, from, to]);

  if (assessments.length < 2)
    return <Typography color="text.secondary">{translate('traject.assessments.compare_none')}</Typography>;
  const label = (assessment: Assessment) =>
    `${assessment.assessedOn} · ${translate(`traject.assessments.statuses.${assessment.status}`)}`;
  const picker = (name: 'from' | 'to', value: string, set: (id: string) => void) => (
    <FormControl size="small" sx={{ flex: '0 1 320px', minWidth: 220 }}>
      <InputLabel id={`compare-${name}`}>{translate(`traject.assessments.compare_${name}`)}</InputLabel>
      <Select
        labelId={`compare-${name}`}
        label={translate(`traject.assessments.compare_${name}`)}
        value={value}
        onChange={(event) => set(event.target.value)}
      >
        {assessments.map((assessment) => (
          <MenuItem key={assessment.id} value={assessment.id}>
            {label(assessment)}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );

  return (
    <Paper variant="outlined" component="section" aria-label={translate('traject.assessments.compare')} sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {translate('traject.assessments.compare')}
      </Typography>
      <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }}>
        {picker('from', from, setFrom)}
        {picker('to', to, setTo)}
      </Stack>
      {failed && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      {from === to && <Alert severity="info">{translate('traject.assessments.compare_same')}</Alert>}
      {comparison?.differentRules && (
        <Alert severity="warning" sx={{ mb: 2 }} data-different-rules>
          {translate('traject.assessments.different_rules', {
            from: comparison.from.rulesVersion,
            to: comparison.to.rulesVersion,
          })}
        </Alert>
      )}
      {comparison && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('traject.assessments.compare')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('traject.assessments.indicator')}</TableCell>
                <TableCell>{comparison.from.assessedOn}</TableCell>
                <TableCell>{comparison.to.assessedOn}</TableCell>
                <TableCell>{translate('traject.assessments.change')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {comparison.indicators.map((row) => (
                <TableRow key={row.code} data-code={row.code}>
                  <TableCell>{EMES_GUIDANCE[row.code as IndicatorCode]?.[language].title ?? row.code}</TableCell>
                  <TableCell>
                    <ResultChip value={row.from} />
                  </TableCell>
                  <TableCell>
                    <ResultChip value={row.to} />
                  </TableCell>
                  <TableCell>
                    <Move change={row.change} />
                  </TableCell>
                </TableRow>
              ))}
              {comparison.pillars.map((row) => (
                <TableRow key={row.pillar} sx={{ bgcolor: 'action.hover' }}>
                  <TableCell sx={{ fontWeight: 600 }}>{PILLAR_TITLES[row.pillar][language]}</TableCell>
                  <TableCell>
                    <ResultChip value={row.from} />
                  </TableCell>
                  <TableCell>
                    <ResultChip value={row.to} />
                  </TableCell>
                  <TableCell>
                    <Move change={row.change} />
                  </TableCell>
                </TableRow>
              ))}
              <TableRow sx={{ bgcolor: 'action.selected' }}>
                <TableCell sx={{ fontWeight: 700 }}>{translate('resources.assessments.fields.verdict')}</TableCell>
                <TableCell>
                  <VerdictChip verdict={comparison.verdict.from} />
                </TableCell>
                <TableCell>
                  <VerdictChip verdict={comparison.verdict.to} />
                </TableCell>
                <TableCell>
                  <Move change={comparison.verdict.change} />
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </Box>
      )}
    </Paper>
  );
}
