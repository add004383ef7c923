import { useState } from 'react';
import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import { useGetList, useGetMany, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useCaseWriter } from '../cases/useCaseWriter';
import type { Organisation } from '../organisations/types';
import { PartnerName, usePartners } from '../partners/usePartners';
import { EditReferralDialog } from './EditReferralDialog';
import { ReferDialog } from './ReferDialog';
import { ReferralActions, ReferralStatusChip } from './ReferralActions';
import { STATUS_COLOURS, type Programme, type Referral } from './types';
import { formatDay } from '../../../api/src/domain';

/** The "Referrals" tab: where the organisation was sent, how it went, and "refer to COOPCITY / BISSIB". */
export function OrganisationReferrals() {
  const organisation = useRecordContext<Organisation>();
  const translate = useTranslate();
  const [_locale] = useLocaleState(); // re-renders on a language switch
  const organisationId = organisation?.id ? String(organisation.id) : undefined;
  const { canWrite, openCase } = useCaseWriter(organisationId);
  const [referring, setReferring] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const { name: partnerName } = usePartners();
  const {
    data: referrals = [],
    isPending,
    refetch,
  } = useGetList<Referral>(
    'referrals',
    { filter: { organisationId }, sort: { field: 'referredOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!organisationId },
  );
  const programmeIds = [
    ...new Set(referrals.map((referral) => referral.programmeId).filter((id): id is string => !!id)),
  ];
  const { data: programmes } = useGetMany<Programme>(
    'programmes',
    { ids: programmeIds },
    { enabled: programmeIds.length > 0 },
  );
  if (!organisation) return null;
  const day = (value: string | null) => (value ? formatDay(value) : '—');

  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('traject.referrals.intro')}
        </Typography>
        {canWrite && !organisation.archived && (
          <Button variant="contained" startIcon={<CallSplitIcon />} onClick={() => setReferring(true)}>
            {translate('traject.referrals.refer')}
          </Button>
        )}
      </Stack>
      {!isPending && referrals.length === 0 ? (
        <Typography sx={{ py: 2, color: 'text.secondary' }}>{translate('traject.referrals.none')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('resources.referrals.name', { smart_count: 2 })}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.referrals.fields.referredOn')}</TableCell>
              <TableCell>{translate('resources.referrals.fields.partner')}</TableCell>
              <TableCell>{translate('resources.referrals.fields.programmeId')}</TableCell>
              <TableCell>{translate('resources.referrals.fields.status')}</TableCell>
              <TableCell>{translate('resources.referrals.fields.outcome')}</TableCell>
              {canWrite && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {referrals.map((referral) => (
              <TableRow
                key={referral.id}
                sx={{ borderLeft: `5px solid ${STATUS_COLOURS[referral.status].border}` }}
                data-status={referral.status}
              >
                <TableCell>{day(referral.referredOn)}</TableCell>
                <TableCell>
                  <PartnerName id={referral.partner} />
                </TableCell>
                <TableCell>
                  {programmes?.find((programme) => programme.id === referral.programmeId)?.name ?? '—'}
                </TableCell>
                <TableCell>
                  <ReferralStatusChip status={referral.status} />
                </TableCell>
                <TableCell sx={{ maxWidth: 320 }}>{referral.outcome ?? referral.reason ?? '—'}</TableCell>
                {canWrite && (
                  <TableCell>
                    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                      <ReferralActions referral={referral} onChanged={() => void refetch()} />
                      <Button
                        size="small"
                        onClick={() => setEditing(referral.id)}
                        aria-label={translate('traject.referrals.edit_of', {
                          partner: partnerName(referral.partner),
                          day: day(referral.referredOn),
                        })}
                      >
                        {translate('ra.action.edit')}
                      </Button>
                    </Stack>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <EditReferralDialog
        referral={referrals.find((referral) => referral.id === editing)}
        onClose={() => setEditing(null)}
        onReload={() => void refetch()}
        onDone={() => {
          setEditing(null);
          void refetch();
        }}
      />
      <ReferDialog
        open={referring}
        organisationId={String(organisation.id)}
        caseId={openCase?.id ?? null}
        onClose={() => setReferring(false)}
        onDone={() => {
          setReferring(false);
          void refetch();
        }}
      />
    </Box>
  );
}
