import { Box, Chip, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RouteIcon from '@mui/icons-material/Route';
import { Button, LinkBase, useCanAccess, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useOpenCase } from '../cases/useOpenCase';
import type { Organisation } from './types';
import { StageSuggestion } from '../cases/StageSuggestion';

/** Above the tabs: the organisation's open case (stage, advisor), or "open a case" for coordinators. */
export function OpenCaseHeader() {
  const organisation = useRecordContext<Organisation>();
  const translate = useTranslate();
  const { openCase, isPending } = useOpenCase(organisation?.id ? String(organisation.id) : undefined);
  const { data: advisor } = useGetOne('users', { id: openCase?.advisorId ?? '' }, { enabled: !!openCase?.advisorId });
  const { canAccess: canOpen } = useCanAccess({ resource: 'cases', action: 'create' });
  if (!organisation || isPending) return null;
  if (!openCase) {
    return (
      <Stack
        direction="row"
        spacing={2}
        sx={{ px: 2, pt: 2, alignItems: 'center' }}
        aria-label={translate('traject.cases.open_case')}
      >
        <Typography color="text.secondary">{translate('traject.cases.no_open_case')}</Typography>
        {canOpen && !organisation.archived && (
          <Button
            component={LinkBase}
            to={`/cases/create?source=${encodeURIComponent(JSON.stringify({ organisationId: organisation.id }))}`}
            label="traject.cases.open"
          >
            <AddIcon />
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <Box component="section" aria-label={translate('traject.cases.open_case')} sx={{ px: 2, pt: 2 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <RouteIcon color="primary" aria-hidden />
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {translate('traject.cases.open_case')}
        </Typography>
        <LinkBase to={`/cases/${openCase.id}/show`}>{openCase.title}</LinkBase>
        <Chip size="small" color="primary" label={translate(`traject.stages.${openCase.stage}`)} />
        <Chip
          size="small"
          variant="outlined"
          label={`${translate('resources.cases.fields.advisorId')}: ${advisor?.fullName ?? translate('traject.cases.unassigned')}`}
        />
        {openCase.status === 'on_hold' && (
          <Chip size="small" color="warning" label={translate('traject.case_statuses.on_hold')} />
        )}
      </Stack>
      <StageSuggestion openCase={openCase} />
    </Box>
  );
}
