import { useState } from 'react';
import { Button, Chip, Stack } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { MoveDialog } from '../common/MoveDialog';
import { postAction } from '../common/postAction';
import { UNDO_WINDOW_MS, UndoNotice } from '../common/UndoNotice';
import { useAction } from '../common/useAction';
import { usePartners } from '../partners/usePartners';
import { needsOf, nextReferralStatuses, STATUS_COLOURS, type Referral, type ReferralStatus } from './types';

export function ReferralStatusChip({ status }: { status: ReferralStatus }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLOURS[status].chip}
      label={translate(`traject.referrals.statuses.${status}`)}
      data-status={status}
    />
  );
}

/**
 * The moves a referral can make next, as buttons; completing asks for the outcome, declining or cancelling for a reason.
 * The toast saying where it went can undo the move.
 */
export function ReferralActions({ referral, onChanged }: { referral: Referral; onChanged: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState<ReferralStatus | null>(null);
  const { busy, run } = useAction();
  const { byId } = usePartners();
  const moves = nextReferralStatuses(referral.status, byId.get(referral.partner)?.kind);
  if (moves.length === 0) return null;

  async function move(status: ReferralStatus, text?: string) {
    const needs = needsOf(status);
    await run(async () => {
      await postAction(`/referrals/${referral.id}/move`, { status, ...(needs && text ? { [needs]: text } : {}) });
      // The toast can undo the move (the API takes back its author's last move for a few minutes).
      const undo = async () => {
        await postAction(`/referrals/${referral.id}/undo-move`, { status });
        onChanged();
      };
      notify(
        <UndoNotice
          message={translate('traject.referrals.moved', { status: translate(`traject.referrals.statuses.${status}`) })}
          onUndo={undo}
        />,
        {
          type: 'info',
          autoHideDuration: UNDO_WINDOW_MS,
        },
      );
      setAsking(null);
      onChanged();
    });
  }

  return (
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ flexWrap: 'wrap', rowGap: 0.5 }}
      onClick={(event) => event.stopPropagation()}
    >
      {moves.map((status) => (
        <Button
          key={status}
          size="small"
          variant={status === 'cancelled' || status === 'declined' ? 'text' : 'outlined'}
          color={status === 'cancelled' || status === 'declined' ? 'error' : 'primary'}
          disabled={busy}
          onClick={() => (needsOf(status) ? setAsking(status) : void move(status))}
        >
          {translate(`traject.referrals.move_to.${status}`)}
        </Button>
      ))}
      <MoveDialog
        open={!!asking}
        title={asking ? translate(`traject.referrals.move_to.${asking}`) : ''}
        textLabel={
          asking && needsOf(asking) === 'outcome'
            ? 'resources.referrals.fields.outcome'
            : 'resources.referrals.fields.reason'
        }
        textRequired
        busy={busy}
        onClose={() => setAsking(null)}
        onConfirm={({ text }) => asking && void move(asking, text)}
      />
    </Stack>
  );
}
