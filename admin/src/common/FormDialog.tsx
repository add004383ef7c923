import type { ReactNode } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton, Toolbar, useMediaQuery, type Theme } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { ResourceContextProvider, SaveButton, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { SavedNotice } from '../common/SavedNotice';
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
  // On a phone the dialog takes the whole screen: nothing to pan, Save stays in reach.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <Dialog open={open} onClose={onClose} fullWidth fullScreen={phone} maxWidth={maxWidth} aria-labelledby={titleId}>
      <DialogTitle id={titleId} sx={{ pr: 6 }}>
        {translate(title)}
        <IconButton
          aria-label={translate('ra.action.close')}
          onClick={onClose}
          sx={{ position: 'absolute', right: 8, top: 8 }}
        >
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
export function useSavedInDialog(
  close: () => void,
  message: string,
  link?: (record: RaRecord) => { name?: string; to?: string },
) {
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useSaveErrorNotifier();
  const known = message === 'created' || message === 'updated';
  return {
    onSuccess: (record: RaRecord) => {
      if (link && record) notify(<SavedNotice message={message} {...link(record)} />, { type: 'info' });
      else
        notify(known ? `ra.notification.${message}` : message, {
          type: 'info',
          ...(known ? { messageArgs: { smart_count: 1 } } : {}),
        });
      close();
      refresh();
    },
    onError,
  };
}

/**
 * The Save bar of a form in a dialog. react-admin's own toolbar is fixed to the bottom of a phone's screen,
 * where inside a dialog the fields cover it: this one ends the form, one scroll away, never beside the screen.
 * `alwaysEnable` for a form filled from something not yet saved (a restored draft), which react-admin sees as untouched.
 */
export function DialogToolbar({ alwaysEnable }: { alwaysEnable?: boolean }) {
  return (
    <Toolbar sx={{ px: 2, justifyContent: 'flex-end', bgcolor: 'background.paper' }}>
      <SaveButton alwaysEnable={alwaysEnable} />
    </Toolbar>
  );
}
