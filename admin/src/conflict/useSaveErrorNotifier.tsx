import { useNotify, type HttpError } from 'react-admin';
import { ConflictNotification } from './ConflictNotification';

/**
 * onError for pessimistic forms: a version conflict gets the reload notification; errors
 * keyed by field are left to the form, which shows them next to the inputs; anything else is
 * notified as react-admin would.
 */
export function useSaveErrorNotifier() {
  const notify = useNotify();
  return (error: unknown) => {
    const httpError = error as Partial<HttpError>;
    if (httpError?.status === 409 && httpError.body?.conflict) {
      notify(<ConflictNotification />, { type: 'warning', autoHideDuration: null });
      return;
    }
    if (httpError?.body?.errors && Object.keys(httpError.body.errors).length) return;
    // No answer at all (no network): say so in words, not the browser's "Failed to fetch".
    if (!httpError?.status && (error instanceof TypeError || !navigator.onLine)) {
      notify('traject.field.offline', { type: 'error' });
      return;
    }
    const message = httpError?.message || 'ra.notification.http_error';
    notify(message, { type: 'error', messageArgs: { _: message } });
  };
}
