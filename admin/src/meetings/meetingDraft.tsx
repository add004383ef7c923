import { useEffect } from 'react';
import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { formatDateTime } from '../../../api/src/domain';

/**
 * A meeting being logged is kept in this browser (localStorage, per person and organisation) from the
 * first thing typed until it is saved: a connection lost in a cellar, a closed tab or a reload loses nothing.
 */
interface Draft {
  savedAt: string;
  values: Record<string, unknown>;
}

const keyOf = (userId: string, organisationId: string) => `traject.meetingDraft.${userId}.${organisationId}`;

export function readMeetingDraft(userId: string | undefined, organisationId: string): Draft | null {
  if (!userId) return null;
  try {
    const stored = window.localStorage.getItem(keyOf(userId, organisationId));
    const draft = stored ? (JSON.parse(stored) as Draft) : null;
    return draft && typeof draft.values === 'object' ? draft : null;
  } catch {
    return null;
  }
}

export function clearMeetingDraft(userId: string | undefined, organisationId: string): void {
  if (userId) window.localStorage.removeItem(keyOf(userId, organisationId));
}

/** Inside the form: writes the values to the draft on each change the person makes. */
export function MeetingDraftKeeper({ userId, organisationId }: { userId: string; organisationId: string }) {
  const { watch } = useFormContext();
  useEffect(() => {
    const subscription = watch((values, { type }) => {
      if (type !== 'change') return;
      const draft: Draft = { savedAt: new Date().toISOString(), values: values as Record<string, unknown> };
      try {
        window.localStorage.setItem(keyOf(userId, organisationId), JSON.stringify(draft));
      } catch {
        // A full or refused storage: the form still works, without the safety net.
      }
    });
    return () => subscription.unsubscribe();
  }, [watch, userId, organisationId]);
  return null;
}

/** Says the form was filled from a draft kept in the browser, and offers to start afresh. */
export function RestoredDraftNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const translate = useTranslate();
  return (
    <Alert
      severity="info"
      role="status"
      sx={{ mx: 2, mt: 1 }}
      action={
        <Button color="inherit" size="small" onClick={onDiscard}>
          {translate('traject.field.draft_discard')}
        </Button>
      }
    >
      {translate('traject.field.draft_restored', { at: formatDateTime(savedAt) })}
    </Alert>
  );
}
