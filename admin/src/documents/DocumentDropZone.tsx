import { useRef, useState } from 'react';
import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useNotify, useTranslate } from 'react-admin';
import { DocumentFields, uploadDocument, UploadError } from './documentsApi';

interface Props {
  fields: DocumentFields;
  /** Called once every dropped file has been answered (some may have been refused). */
  onUploaded: () => void;
  label: string;
  dense?: boolean;
}

/** Drop files here or click to pick several; each goes up with its own progress bar. */
export function DocumentDropZone({ fields, onUploaded, label, dense }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<Record<string, number>>({});

  async function send(files: File[]) {
    if (!files.length) return;
    setProgress(Object.fromEntries(files.map((f) => [f.name, 0])));
    for (const file of files) {
      try {
        await uploadDocument(file, fields, (fraction) => setProgress((p) => ({ ...p, [file.name]: fraction })));
      } catch (error) {
        const refusal = error as UploadError;
        const key = refusal.code
          ? `traject.documents.errors.${refusal.code.replace('document.', '')}`
          : 'traject.documents.errors.failed';
        notify(key, { type: 'error', messageArgs: { ...refusal.params, name: file.name, _: refusal.message } });
      }
    }
    setProgress({});
    onUploaded();
  }

  return (
    <Box
      role="button"
      tabIndex={0}
      aria-label={label}
      data-testid="document-drop-zone"
      onClick={() => input.current?.click()}
      onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && input.current?.click()}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void send(Array.from(event.dataTransfer.files));
      }}
      sx={{
        border: '2px dashed',
        borderColor: over ? 'primary.main' : 'divider',
        borderRadius: 1,
        p: dense ? 0.5 : 2,
        cursor: 'pointer',
        bgcolor: over ? 'action.hover' : undefined,
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <UploadFileIcon fontSize="small" color="action" />
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
      </Stack>
      {Object.entries(progress).map(([name, fraction]) => (
        <Box key={name} sx={{ mt: 0.5 }}>
          <Typography variant="caption">{name}</Typography>
          <LinearProgress
            variant="determinate"
            value={Math.round(fraction * 100)}
            aria-label={translate('traject.documents.uploading', { name })}
          />
        </Box>
      ))}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        onChange={(event) => {
          void send(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
    </Box>
  );
}
