import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { Confirm, useTranslate } from 'react-admin';
import type { Gaps } from './emes';

/** "Finalise?", with what is still unknown or without evidence (finalising anyway is allowed). */
export function FinaliseConfirm({
  open,
  gaps,
  onConfirm,
  onClose,
}: {
  open: boolean;
  gaps: Gaps;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  return (
    <Confirm
      isOpen={open}
      title="traject.assessments.finalise_title"
      content={
        <>
          {(gaps.unknown > 0 || gaps.withoutEvidence > 0) && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="finalise-gaps">
              {[
                gaps.unknown > 0
                  ? translate('traject.field.gaps_unknown', { smart_count: gaps.unknown, counted: gaps.counted })
                  : null,
                gaps.withoutEvidence > 0
                  ? translate('traject.field.gaps_evidence', { smart_count: gaps.withoutEvidence })
                  : null,
              ]
                .filter(Boolean)
                .join(' ')}{' '}
              {translate('traject.field.gaps_finalise_anyway')}
            </Alert>
          )}
          {translate('traject.assessments.finalise_content')}
        </>
      }
      confirm="traject.assessments.finalise"
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}

/** A reviewer returns a final assessment with a comment (required): it comes back as a new draft. */
export function ReturnDialog({
  open,
  busy,
  onReturn,
  onClose,
}: {
  open: boolean;
  busy: boolean;
  onReturn: (comment: string) => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="return-title">
      <DialogTitle id="return-title">{translate('traject.assessments.return')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('traject.assessments.return_hint')}
        </Typography>
        <TextField
          label={translate('traject.assessments.review_comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          multiline
          minRows={3}
          fullWidth
          required
          autoFocus
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          color="warning"
          disabled={!comment.trim() || busy}
          onClick={() => onReturn(comment)}
        >
          {translate('traject.assessments.return')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
