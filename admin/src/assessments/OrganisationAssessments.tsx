import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  Button,
  LinkBase,
  useCreate,
  useGetList,
  useGetMany,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { errorMessage } from '../common/errorMessage';
import { useCaseWriter } from '../cases/useCaseWriter';
import { today } from '../common/days';
import type { Organisation } from '../organisations/types';
import { AssessmentCompare } from './AssessmentCompare';
import { ResultChip, VerdictChip } from './chips';
import { PILLARS } from './emes';
import type { Assessment } from './types';

/** The "Assessments" tab: the organisation's EMES history, "new assessment", and the comparison of two. */
export function OrganisationAssessments() {
  const organisation = useRecordContext<Organisation>();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const organisationId = organisation?.id ? String(organisation.id) : undefined;
  const { canWrite, openCase } = useCaseWriter(organisationId);
  const { data: assessments = [], isPending } = useGetList<Assessment>(
    'assessments',
    { filter: { organisationId }, sort: { field: 'assessedOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!organisationId },
  );
  const assessorIds = [...new Set(assessments.map((assessment) => assessment.assessorId).filter(Boolean))];
  const { data: assessors } = useGetMany('users', { ids: assessorIds }, { enabled: assessorIds.length > 0 });
  const [create, { isPending: creating }] = useCreate<Assessment>();
  const [started, setStarted] = useState(false);
  if (!organisation) return null;

  const start = () => {
    setStarted(true);
    // Without indicators the server copies the latest assessment's answers.
    create(
      'assessments',
      { data: { organisationId: organisation.id, caseId: openCase?.id ?? null, assessedOn: today() } },
      {
        onSuccess: (created) => {
          // Copied forward only when there was an earlier assessment to copy.
          notify(created.previousId ? 'traject.assessments.created' : 'traject.field.assessment_started', {
            type: 'info',
          });
          navigate(`/assessments/${created.id}/show`);
        },
        onError: (error) => {
          setStarted(false);
          notify(errorMessage(error), { type: 'error' });
        },
      },
    );
  };

  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('traject.assessments.intro')}
        </Typography>
        {canWrite && !organisation.archived && (
          <Button label="traject.assessments.new" variant="contained" onClick={start} disabled={creating || started}>
            <AddIcon />
          </Button>
        )}
      </Stack>
      {!isPending && assessments.length === 0 ? (
        <Typography sx={{ py: 2, color: 'text.secondary' }}>{translate('traject.assessments.none')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('traject.assessments.history')} sx={{ mb: 3 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.assessments.fields.assessedOn')}</TableCell>
              <TableCell>{translate('resources.assessments.fields.status')}</TableCell>
              <TableCell>{translate('resources.assessments.fields.verdict')}</TableCell>
              <TableCell>{translate('resources.assessments.fields.pillars')}</TableCell>
              <TableCell>{translate('resources.assessments.fields.assessorId')}</TableCell>
              <TableCell>{translate('resources.assessments.fields.reviewStatus')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {assessments.map((assessment) => (
              <TableRow key={assessment.id} hover data-status={assessment.status}>
                <TableCell>
                  <LinkBase to={`/assessments/${assessment.id}/show`}>{assessment.assessedOn}</LinkBase>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={assessment.status === 'final' ? 'primary' : 'default'}
                    label={translate(`traject.assessments.statuses.${assessment.status}`)}
                  />
                </TableCell>
                <TableCell>
                  <VerdictChip verdict={assessment.verdict} indicators={assessment.indicators} />
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5}>
                    {PILLARS.map((pillar) => (
                      <ResultChip
                        key={pillar}
                        value={assessment.pillars?.[pillar]}
                        prefix={translate(`traject.assessments.pillars.${pillar}`)}
                      />
                    ))}
                  </Stack>
                </TableCell>
                <TableCell>{assessors?.find((user) => user.id === assessment.assessorId)?.fullName ?? '—'}</TableCell>
                <TableCell>
                  {assessment.reviewStatus
                    ? translate(`traject.assessments.review_statuses.${assessment.reviewStatus}`)
                    : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {assessments.length > 1 && (
        <AssessmentCompare
          key={assessments.map((a) => a.id).join()}
          organisationId={organisation.id}
          assessments={assessments}
        />
      )}
    </Box>
  );
}
