import { MenuItem, TextField } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import type { Case } from '../cases/types';
import { UNDO_WINDOW_MS, UndoNotice } from '../common/UndoNotice';

export interface StaffMember {
  id: string;
  fullName: string;
}

/** Assigns an unassigned case to an advisor in one choice (a PUT of advisorId); the toast can undo it. */
export function AssignSelect({ staff }: { staff: StaffMember[]; label?: string }) {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [update, { isPending }] = useUpdate<Case>();
  if (!record) return null;
  const assign = (advisorId: string) => {
    const name = staff.find((member) => member.id === advisorId)?.fullName ?? '';
    update(
      'cases',
      { id: record.id, data: { ...record, advisorId }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          const before = record.advisorId ?? null;
          const undo = async () => {
            // As the case is now (its version moved on), with its advisor as before.
            const { data: current } = await dataProvider.getOne<Case>('cases', { id: record.id });
            await dataProvider.update<Case>('cases', {
              id: record.id,
              data: { ...current, advisorId: before },
              previousData: current,
            });
            refresh();
          };
          notify(<UndoNotice message={translate('traject.cases.assigned', { name })} onUndo={undo} />, {
            type: 'info',
            autoHideDuration: UNDO_WINDOW_MS,
          });
          refresh();
        },
        onError: (error) => notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  };
  return (
    <TextField
      select
      size="small"
      label={translate('traject.home.assign')}
      value=""
      disabled={isPending}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => assign(event.target.value)}
      sx={{ minWidth: 200 }}
    >
      {staff.map((member) => (
        <MenuItem key={member.id} value={member.id}>
          {member.fullName}
        </MenuItem>
      ))}
    </TextField>
  );
}
