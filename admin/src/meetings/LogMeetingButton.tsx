import { useState } from 'react';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { Button, CreateBase, SimpleForm, useCanAccess, useGetIdentity } from 'react-admin';
import { DialogToolbar, FormDialog, useSavedInDialog } from '../common/FormDialog';
import { clearMeetingDraft, MeetingDraftKeeper, readMeetingDraft, RestoredDraftNotice } from './meetingDraft';
import { MeetingInputs } from './MeetingInputs';
import { useOpenCase } from '../cases/useOpenCase';

/** The "log a meeting" dialog of an organisation, kept as a draft in the browser until saved. */
export function LogMeetingDialog({
  organisationId,
  open,
  onClose,
  subject,
}: {
  organisationId: string;
  open: boolean;
  onClose: () => void;
  subject?: string;
}) {
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : undefined;
  const { openCase } = useOpenCase(organisationId);
  const [fresh, setFresh] = useState(0);
  const saved = useSavedInDialog(
    () => {
      clearMeetingDraft(userId, organisationId);
      onClose();
    },
    'traject.meetings.logged',
    (record) => ({ name: String(record.subject ?? ''), to: `/meetings/${record.id}/show` }),
  );
  const draft = open ? readMeetingDraft(userId, organisationId) : null;
  const defaults = {
    organisationId,
    caseId: openCase?.id ?? null,
    occurredAt: new Date().toISOString(),
    channel: 'in_person',
    contactIds: [],
    staffIds: [],
    ...(subject ? { subject } : {}),
  };
  return (
    <FormDialog title="traject.meetings.log" resource="meetings" open={open} onClose={onClose}>
      {open && userId && (
        <CreateBase
          key={fresh}
          resource="meetings"
          record={draft ? { ...defaults, ...draft.values, organisationId } : defaults}
          redirect={false}
          mutationOptions={saved}
        >
          {draft && (
            <RestoredDraftNotice
              savedAt={draft.savedAt}
              onDiscard={() => {
                clearMeetingDraft(userId, organisationId);
                setFresh((n) => n + 1);
              }}
            />
          )}
          <SimpleForm toolbar={<DialogToolbar alwaysEnable={Boolean(draft)} />}>
            <MeetingDraftKeeper userId={userId} organisationId={organisationId} />
            <MeetingInputs mode="create" />
          </SimpleForm>
        </CreateBase>
      )}
    </FormDialog>
  );
}

/**
 * "Log a meeting" on an organisation's page: now, in person, the open case, the organisation's
 * contacts to tick. A subject and Save is all it takes.
 */
export function LogMeetingButton({ organisationId }: { organisationId: string }) {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'meetings', action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="traject.meetings.log" onClick={() => setOpen(true)} variant="contained">
        <AddCommentIcon />
      </Button>
      <LogMeetingDialog organisationId={organisationId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
