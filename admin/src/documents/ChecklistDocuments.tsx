import { useState } from 'react';
import { Box, Button, Chip, Stack } from '@mui/material';
import ArchiveIcon from '@mui/icons-material/Archive';
import { useNotify, useTranslate } from 'react-admin';
import { DocumentDropZone } from './DocumentDropZone';
import { DocumentPreview } from './DocumentPreview';
import { canPreview, DocumentFields, fetchBlob } from './documentsApi';
import { saveBlob } from '../common/download';
import type { DocumentRecord } from './types';

interface Props {
  label: string;
  documents: DocumentRecord[];
  canWrite: boolean;
  fields: DocumentFields;
  onUploaded: () => void;
}

/** Under a checklist item: the documents that prove it (preview or download) and a drop zone for more. */
export function ChecklistDocuments({ label, documents, canWrite, fields, onUploaded }: Props) {
  const translate = useTranslate();
  const [previewed, setPreviewed] = useState<DocumentRecord | null>(null);
  const open = async (document: DocumentRecord) => {
    if (canPreview(document.mediaType)) return setPreviewed(document);
    const { blob, fileName } = await fetchBlob(`/api/documents/${document.id}/content`);
    saveBlob(blob, fileName);
  };
  return (
    <Box sx={{ flex: '1 1 100%', pl: 5 }}>
      <Stack
        direction="row"
        spacing={1}
        sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}
        aria-label={translate('traject.documents.proof_of', { item: label })}
      >
        {documents.map((d) => (
          <Chip key={d.id} size="small" label={d.title} onClick={() => void open(d)} variant="outlined" />
        ))}
        {canWrite && (
          <Box sx={{ flex: '1 1 200px' }}>
            <DocumentDropZone
              dense
              fields={fields}
              onUploaded={onUploaded}
              label={translate('traject.documents.drop_proof', { item: label })}
            />
          </Box>
        )}
      </Stack>
      <DocumentPreview document={previewed} onClose={() => setPreviewed(null)} />
    </Box>
  );
}

/** The whole dossier of a recognition file as one zip (with its index), for everyone who reads the file. */
export function DossierButton({ recognitionId, count }: { recognitionId: string; count: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      startIcon={<ArchiveIcon />}
      disabled={busy || count === 0}
      onClick={async () => {
        setBusy(true);
        try {
          const { blob, fileName } = await fetchBlob(`/api/recognitions/${recognitionId}/dossier`);
          saveBlob(blob, fileName);
        } catch {
          notify('traject.documents.errors.failed', { type: 'error' });
        } finally {
          setBusy(false);
        }
      }}
      sx={{ alignSelf: 'flex-start' }}
    >
      {translate('traject.documents.dossier', { smart_count: count })}
    </Button>
  );
}
