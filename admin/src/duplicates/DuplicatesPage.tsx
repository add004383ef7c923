import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Card, CardContent, Tab, Tabs, Typography } from '@mui/material';
import { Title, useNotify, useTranslate } from 'react-admin';
import { dismissPair, DuplicateKind, DuplicatePair, DuplicateRecord, fetchPairs } from './duplicatesApi';
import { MergeDialog } from './MergeDialog';
import { ReasonChips } from './ReasonChips';

const label = (kind: DuplicateKind, record: DuplicateRecord) =>
  kind === 'organisation'
    ? `${record.name}${record.enterpriseNumber ? ` · ${record.enterpriseNumber}` : ''}${record.postcode ? ` · ${record.postcode}` : ''}`
    : `${record.firstName} ${record.lastName} · ${record.organisationName}`;

/** The coordinators' screen: likely pairs across the register, best first. */
export default function DuplicatesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [kind, setKind] = useState<DuplicateKind>('organisation');
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const load = useCallback(() => {
    setPairs(null);
    fetchPairs(kind)
      .then(setPairs)
      .catch((error) => notify((error as Error).message, { type: 'error' }));
  }, [kind, notify]);
  useEffect(load, [load]);
  const dismiss = async (pair: DuplicatePair) => {
    await dismissPair(kind, pair.first.id, pair.second.id);
    notify('traject.duplicates.dismissed', { type: 'info' });
    load();
  };
  return (
    <Box sx={{ p: 2 }}>
      <Title title="traject.duplicates.title" />
      <Tabs value={kind} onChange={(_, value) => setKind(value)} sx={{ mb: 2 }}>
        <Tab value="organisation" label={translate('traject.duplicates.organisations')} />
        <Tab value="contact" label={translate('traject.duplicates.contacts')} />
      </Tabs>
      {pairs && !pairs.length && <Typography>{translate('traject.duplicates.none')}</Typography>}
      {pairs?.map((pair) => (
        <Card key={`${pair.first.id}-${pair.second.id}`} variant="outlined" sx={{ mb: 1 }} data-testid="duplicate-pair">
          <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Box sx={{ flex: 1 }}>
              <Typography variant="body1">{label(kind, pair.first)}</Typography>
              <Typography variant="body1">{label(kind, pair.second)}</Typography>
              <ReasonChips reasons={pair.reasons} />
            </Box>
            <Typography variant="h6">{Math.round(pair.score * 100)}%</Typography>
            <Button onClick={() => dismiss(pair)}>{translate('traject.duplicates.not_duplicate')}</Button>
            <Button variant="contained" onClick={() => setMerging(pair)}>
              {translate('traject.duplicates.merge')}
            </Button>
          </CardContent>
        </Card>
      ))}
      {merging && (
        <MergeDialog
          kind={kind}
          pair={[merging.first, merging.second]}
          onClose={() => setMerging(null)}
          onMerged={() => {
            setMerging(null);
            load();
          }}
        />
      )}
    </Box>
  );
}
