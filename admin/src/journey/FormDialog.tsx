import type { ReactNode } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { ResourceContextProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useSaveErrorNotifier } from '../conflict/useSaveErrorNotifier';

/** A dialog around a create or edit form of `resource`, with a titled close button. */
export function FormDialog({
  title,
  resource,
  open,
  onClose,
  maxWidth = 'md',
  children,
}: {
  title: string;
  resource: string;
  open: boolean;
  onClose: () => void;
  maxWidth?: 'sm' | 'md';
  children: ReactNode;
}) {
  const translate = useTranslate();
  const titleId = `${resource}-dialog-title`;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
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

/**
 * The mutation options of a form in a dialog: say it is saved ('created', 'updated' or a message key),
 * close, show the page again; errors go to their inputs.
 */
export function useSavedInDialog(close: () => void, message: string) {
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useSaveErrorNotifier();
  const known = message === 'created' || message === 'updated';
  return {
    onSuccess: () => {
      notify(known ? `ra.notification.${message}` : message, { type: 'info', ...(known ? { messageArgs: { smart_count: 1 } } : {}) });
      close();
      refresh();
    },
    onError,
  };
}
