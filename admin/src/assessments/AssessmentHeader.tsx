import { Alert, Button, Chip, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import LockIcon from '@mui/icons-material/Lock';
import { LinkBase, Title, useGetOne, useTranslate } from 'react-admin';
import type { Assessment } from './types';

/** The way back to the organisation, the title, the status and review chips, the assessor; why the form is read-only. */
export function AssessmentHeader({ assessment, canWrite }: { assessment: Assessment; canWrite: boolean }) {
  const translate = useTranslate();
  const { data: organisation } = useGetOne('organisations', { id: assessment.organisationId });
  const { data: assessor } = useGetOne('users', { id: assessment.assessorId }, { enabled: !!assessment.assessorId });
  const final = assessment.status === 'final';
  const title = translate('traject.assessments.title', { date: assessment.assessedOn });
  return (
    <>
      <Title title={title} />
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        <Button
          component={LinkBase}
          to={`/organisations/${assessment.organisationId}/show/assessments`}
          startIcon={<ArrowBackIcon />}
        >
          {organisation?.name ?? translate('traject.assessments.back')}
        </Button>
        <Typography variant="h5" component="h2">
          {title}
        </Typography>
        <Chip
          size="small"
          icon={final ? <LockIcon /> : undefined}
          color={final ? 'primary' : 'default'}
          label={translate(`traject.assessments.statuses.${assessment.status}`)}
        />
        {assessment.reviewStatus && (
          <Chip
            size="small"
            variant="outlined"
            color={assessment.reviewStatus === 'agreed' ? 'success' : 'warning'}
            label={translate(`traject.assessments.review_statuses.${assessment.reviewStatus}`)}
          />
        )}
        {assessor && (
          <Typography color="text.secondary">
            {translate('resources.assessments.fields.assessorId')}: {assessor.fullName}
          </Typography>
        )}
      </Stack>

      {final && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('traject.assessments.read_only_final')}
        </Alert>
      )}
      {!final && !canWrite && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('traject.assessments.read_only_rights')}
        </Alert>
      )}
      {assessment.reviewComment && (
        <Alert severity={assessment.reviewStatus === 'returned' ? 'warning' : 'info'} sx={{ mb: 2 }}>
          {translate('traject.assessments.review_comment')}: {assessment.reviewComment}
        </Alert>
      )}
    </>
  );
}
