import { Alert, Button } from '@mui/material';
import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';

/** "Someone else changed this record", with a Reload action that fetches the stored version. */
export function ConflictNotification() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const close = useCloseNotification();
  return (
    <Alert
      severity="warning"
      variant="filled"
      role="alert"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            refresh();
            close();
          }}
        >
          {translate('traject.conflict.reload')}
        </Button>
      }
    >
      {translate('traject.conflict.message')}
    </Alert>
  );
}
