import { Alert, Button } from '@mui/material';
import { LinkBase, useCloseNotification, useTranslate } from 'react-admin';

/** A toast saying what was saved, by name, with a link that opens it. */
export function SavedNotice({ message, name, to }: { message: string; name?: string; to?: string }) {
  const translate = useTranslate();
  const close = useCloseNotification();
  const text = translate(message, { _: message, smart_count: 1 });
  return (
    <Alert
      severity="success"
      variant="filled"
      role="status"
      action={
        to ? (
          <Button color="inherit" size="small" component={LinkBase} to={to} onClick={close}>
            {translate('traject.field.open')}
          </Button>
        ) : undefined
      }
    >
      {name ? `${text} : ${name}` : text}
    </Alert>
  );
}
