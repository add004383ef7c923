import { useState } from 'react';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { Button, CreateBase, SimpleForm, useCanAccess } from 'react-admin';
import { FormDialog, useSavedInDialog } from '../journey/FormDialog';
import { MeetingInputs } from './MeetingInputs';
import { useOpenCase } from './useOpenCase';

/**
 * "Log a meeting" on an organisation's page: now, in person, the open case, the organisation's
 * contacts to tick. A subject and Save is all it takes.
 */
export function LogMeetingButton({ organisationId }: { organisationId: string }) {
  const [open, setOpen] = useState(false);
  const saved = useSavedInDialog(() => setOpen(false), 'traject.meetings.logged');
  const { canAccess } = useCanAccess({ resource: 'meetings', action: 'create' });
  const { openCase } = useOpenCase(organisationId);
  if (!canAccess) return null;
  return (
    <>
      <Button label="traject.meetings.log" onClick={() => setOpen(true)} variant="contained">
        <AddCommentIcon />
      </Button>
      <FormDialog title="traject.meetings.log" resource="meetings" open={open} onClose={() => setOpen(false)}>
        {open && (
          <CreateBase
            resource="meetings"
            record={{
              organisationId,
              caseId: openCase?.id ?? null,
              occurredAt: new Date().toISOString(),
              channel: 'in_person',
              contactIds: [],
              staffIds: [],
            }}
            redirect={false}
            mutationOptions={saved}
          >
            <SimpleForm>
              <MeetingInputs mode="create" />
            </SimpleForm>
          </CreateBase>
        )}
      </FormDialog>
    </>
  );
}
