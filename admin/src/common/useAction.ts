import { useCallback, useState } from 'react';
import { useNotify } from 'react-admin';
import { errorMessage } from './errorMessage';

/** Runs an action the user started: `busy` while it runs; a failure is shown (its field error or message) and answers false. */
export function useAction() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        return true;
      } catch (failure) {
        notify(errorMessage(failure), { type: 'error' });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notify],
  );
  return { busy, run };
}
