import { useEffect, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { DuplicateMatch, fetchDuplicatesOf } from './duplicatesApi';
import { MergeDialog } from './MergeDialog';
import { ReasonChips } from './ReasonChips';

/** On an organisation's page: its likely duplicates, and (coordinators, admins) a merge from there. */
export function OrganisationDuplicates() {
  const record = useRecordContext<{ id: string; name: string }>();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const [merging, setMerging] = useState<DuplicateMatch | null>(null);
  useEffect(() => {
    if (record?.id)
      fetchDuplicatesOf('organisation', String(record.id))
        .then(setMatches)
        .catch(() => setMatches([]));
  }, [record?.id]);
  if (!record || !matches.length) return null;
  return (
    <Alert severity="info" sx={{ mb: 1 }} data-testid="organisation-duplicates">
      <Typography variant="subtitle2">{translate('traject.duplicates.of_record')}</Typography>
      {matches.slice(0, 3).map((match) => (
        <Box key={match.record.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" sx={{ flex: 1 }}>
            {String(match.record.name)} · {Math.round(match.score * 100)}%
          </Typography>
          <ReasonChips reasons={match.reasons} />
          <Button size="small" onClick={() => setMerging(match)}>
            {translate('traject.duplicates.merge')}
          </Button>
        </Box>
      ))}
      {merging && (
        <MergeDialog
          kind="organisation"
          pair={[record as never, merging.record]}
          onClose={() => setMerging(null)}
          onMerged={(survivorId) => {
            setMerging(null);
            redirect('show', 'organisations', survivorId);
          }}
        />
      )}
    </Alert>
  );
}
