import { useEffect, useState } from 'react';
import { Box, Dialog, DialogContent, DialogTitle, IconButton } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslate } from 'react-admin';
import { fetchBlob } from './documentsApi';

interface Props {
  document: { id: string; title: string; mediaType: string } | null;
  onClose: () => void;
}

/**
 * A PDF or an image shown in the console: the bytes are fetched with the bearer token and shown from a
 * Blob of the type the server found in the content (never HTML: only PDFs and images are previewed).
 */
export function DocumentPreview({ document, onClose }: Props) {
  const translate = useTranslate();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!document) return;
    let objectUrl: string | null = null;
    fetchBlob(`/api/documents/${document.id}/content?inline=true`).then(({ blob }) => {
      objectUrl = URL.createObjectURL(new Blob([blob], { type: document.mediaType }));
      setUrl(objectUrl);
    });
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [document]);
  return (
    <Dialog
      open={!!document}
      onClose={onClose}
      fullWidth
      maxWidth="lg"
      aria-label={translate('traject.documents.preview')}
    >
      <DialogTitle sx={{ pr: 6 }}>
        {document?.title}
        <IconButton
          onClick={onClose}
          aria-label={translate('ra.action.close')}
          sx={{ position: 'absolute', right: 8, top: 8 }}
        >
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent sx={{ height: '80vh' }}>
        {url && document?.mediaType === 'application/pdf' && (
          <iframe
            title={document.title}
            src={url}
            data-testid="document-preview"
            style={{ width: '100%', height: '100%', border: 0 }}
          />
        )}
        {url && document?.mediaType.startsWith('image/') && (
          <Box
            component="img"
            src={url}
            alt={document.title}
            data-testid="document-preview"
            sx={{ maxWidth: '100%', maxHeight: '100%', display: 'block', mx: 'auto' }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
