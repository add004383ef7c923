import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  List,
  ListItem,
  MenuItem,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { Show, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { Link as RouterLink } from 'react-router-dom';
import { getJson, postAction } from '../common/postAction';
import { errorMessage } from '../common/errorMessage';
import { ConvertIntakeDialog } from './ConvertIntakeDialog';
import { DISMISS_REASONS, type Intake, type IntakeMatches } from './types';

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="div" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '14rem 1fr' }, gap: 1, py: 0.5 }}>
      <Typography component="dt" variant="body2" sx={{ fontWeight: 'bold' }}>
        {translate(label)}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Typography>
    </Box>
  );
}

/** Everything the visitor wrote, as they wrote it. */
function WhatTheyWrote({ intake }: { intake: Intake }) {
  const translate = useTranslate();
  return (
    <Box component="dl" sx={{ m: 0 }}>
      <Line label="traject.intakes.fields.person">{`${intake.firstName} ${intake.lastName}`}</Line>
      <Line label="traject.intakes.fields.email">{intake.email}</Line>
      <Line label="traject.intakes.fields.phone">{intake.phone}</Line>
      <Line label="traject.intakes.fields.organisationName">{intake.organisationName}</Line>
      <Line label="traject.intakes.fields.enterpriseNumber">{intake.enterpriseNumber}</Line>
      <Line label="traject.intakes.fields.postcode">{intake.postcode}</Line>
      <Line label="traject.intakes.fields.legalForm">
        {intake.legalForm && translate(`traject.legal_forms.${intake.legalForm}`, { _: intake.legalForm })}
      </Line>
      <Line label="traject.intakes.fields.projectStage">
        {intake.projectStage && translate(`traject.intakes.project_stages.${intake.projectStage}`)}
      </Line>
      <Line label="traject.intakes.fields.topics">
        {intake.topics.map((topic) => (
          <Chip key={topic} size="small" sx={{ mr: 0.5 }} label={translate(`traject.intakes.topics.${topic}`)} />
        ))}
      </Line>
      <Line label="traject.intakes.fields.language">{translate(`traject.languages.${intake.language}`)}</Line>
      <Line label="traject.intakes.fields.question">
        <span lang={intake.language}>{intake.question}</span>
      </Line>
      <Line label="traject.intakes.fields.consent">
        <span lang={intake.language}>{intake.consentText}</span>{' '}
        <Link href={intake.privacyUrl}>{intake.privacyUrl}</Link>
      </Line>
    </Box>
  );
}

function Matches({ matches }: { matches?: IntakeMatches }) {
  const translate = useTranslate();
  if (!matches) return null;
  if (!matches.organisations.length && !matches.contacts.length)
    return <Typography variant="body2">{translate('traject.intakes.no_matches')}</Typography>;
  return (
    <>
      <List dense aria-label={translate('traject.intakes.matching_organisations')}>
        {matches.organisations.map((o) => (
          <ListItem key={o.id} disableGutters>
            <Link component={RouterLink} to={`/organisations/${o.id}/show`}>
              {o.name}
            </Link>
            &nbsp;— {translate(`traject.intakes.match_reasons.${o.reason}`)}
          </ListItem>
        ))}
      </List>
      <List dense aria-label={translate('traject.intakes.matching_contacts')}>
        {matches.contacts.map((c) => (
          <ListItem key={c.id} disableGutters>
            {translate('traject.intakes.known_contact', {
              name: `${c.firstName} ${c.lastName}`,
              organisation: c.organisationName,
            })}
          </ListItem>
        ))}
      </List>
    </>
  );
}

function DismissDialog({ intake, open, onClose }: { intake: Intake; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState<string>('out_of_scope');
  const dismiss = async () => {
    try {
      await postAction(`/intakes/${intake.id}/dismiss`, { version: intake.version, reason });
      notify('traject.intakes.dismissed', { type: 'info' });
      onClose();
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="dismiss-intake-title" fullWidth maxWidth="xs">
      <DialogTitle id="dismiss-intake-title">{translate('traject.intakes.dismiss_title')}</DialogTitle>
      <DialogContent>
        <MuiTextField
          select
          fullWidth
          margin="dense"
          label={translate('traject.intakes.dismiss_reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        >
          {DISMISS_REASONS.map((code) => (
            <MenuItem key={code} value={code}>
              {translate(`traject.intakes.dismiss_reasons.${code}`)}
            </MenuItem>
          ))}
        </MuiTextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('traject.intakes.close')}</Button>
        <Button variant="contained" color="warning" onClick={dismiss}>
          {translate('traject.intakes.dismiss')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function IntakeDetail() {
  const intake = useRecordContext<Intake>();
  const translate = useTranslate();
  const [matches, setMatches] = useState<IntakeMatches>();
  const [dialog, setDialog] = useState<'convert' | 'dismiss' | null>(null);
  useEffect(() => {
    if (intake?.id && intake.status === 'new')
      getJson<IntakeMatches>(`/intakes/${intake.id}/matches`).then(setMatches, () => setMatches(undefined));
  }, [intake?.id, intake?.status]);
  if (!intake) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Typography variant="h5" component="h2">
        {intake.organisationName}
      </Typography>
      <Typography variant="body2">
        {translate('traject.intakes.received_on')}{' '}
        <DateField record={intake} source="submittedAt" showTime options={{ dateStyle: 'short', timeStyle: 'short' }} />
        {' · '}
        {translate(`traject.intakes.statuses.${intake.status}`)}
        {intake.dismissReason && ` (${translate(`traject.intakes.dismiss_reasons.${intake.dismissReason}`)})`}
      </Typography>
      {intake.status === 'converted' && intake.organisationId && (
        <Alert severity="success">
          <Link component={RouterLink} to={`/organisations/${intake.organisationId}/show`}>
            {translate('traject.intakes.open_organisation')}
          </Link>
        </Alert>
      )}
      <Card variant="outlined">
        <CardContent>
          <WhatTheyWrote intake={intake} />
        </CardContent>
      </Card>
      {intake.status === 'new' && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2">
                {translate('traject.intakes.probably_known')}
              </Typography>
              <Matches matches={matches} />
            </CardContent>
          </Card>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => setDialog('convert')}>
              {translate('traject.intakes.convert')}
            </Button>
            <Button variant="outlined" color="warning" onClick={() => setDialog('dismiss')}>
              {translate('traject.intakes.dismiss')}
            </Button>
          </Stack>
          <ConvertIntakeDialog
            intake={intake}
            matches={matches}
            open={dialog === 'convert'}
            onClose={() => setDialog(null)}
          />
          <DismissDialog intake={intake} open={dialog === 'dismiss'} onClose={() => setDialog(null)} />
        </>
      )}
    </Stack>
  );
}

/** One intake: what the visitor wrote, who we may already know, and the two ways out (convert, dismiss). */
export default function IntakeShow() {
  return (
    <Show actions={false}>
      <IntakeDetail />
    </Show>
  );
}
