import type { ReactNode } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { ResourceContextProvider, useTranslate } from 'react-admin';

/** A dialog around a create or edit form of `resource`, with a titled close button. */
export function FormDialog({ title, resource, open, onClose, children }: { title: string; resource: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const translate = useTranslate();
  const titleId = `${resource}-dialog-title`;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby={titleId}>
      <DialogTitle id={titleId} sx={{ pr: 6 }}>
        {translate(title)}
        <IconButton aria-label={translate('ra.action.close')} onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent sx={{ p: 0 }}>
        <ResourceContextProvider value={resource}>{children}</ResourceContextProvider>
      </DialogContent>
    </Dialog>
  );
}
