import type { DragEvent } from 'react';
import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import { LinkBase, useLocaleState, useTranslate } from 'react-admin';
import type { CaseCard } from '../../dataProvider';
import { formatDay } from '../../../../api/src/domain';
import { MoveToMenu } from './MoveToMenu';

interface BoardCardProps {
  record: CaseCard;
  organisationName?: string;
  advisorName?: string;
  draggable: boolean;
  moving: boolean;
  /** The stage the card shows in (after a move not yet confirmed, the new one). */
  stage: string;
  onMove: (stage: string) => void;
}

export const CASE_MIME = 'application/x-traject-case';

/**
 * One open case on the board: organisation (the case titles repeat, the organisation tells the cards apart),
 * advisor, priority, next action, and a "move to" menu for the keyboard and touch where the viewer may move it.
 */
export function BoardCard({ record, organisationName, advisorName, draggable, moving, stage, onMove }: BoardCardProps) {
  const translate = useTranslate();
  const [_locale] = useLocaleState(); // re-renders on a language switch
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(CASE_MIME, record.id);
    event.dataTransfer.setData('text/plain', record.id);
    event.dataTransfer.effectAllowed = 'move';
  };
  const nextAction = record.nextActionOn ? formatDay(record.nextActionOn) : null;
  return (
    <Card
      component="article"
      variant="outlined"
      draggable={draggable}
      onDragStart={draggable ? onDragStart : undefined}
      data-case-id={record.id}
      data-draggable={draggable}
      aria-label={organisationName ?? record.title}
      sx={{
        mb: 1,
        cursor: draggable ? 'grab' : 'default',
        opacity: moving ? 0.6 : 1,
        borderLeft: 4,
        borderLeftColor: record.priority === 'high' ? 'error.main' : 'divider',
      }}
    >
      <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          {draggable && (
            <DragIndicatorIcon data-drag-handle fontSize="small" color="action" aria-hidden sx={{ mt: 0.25 }} />
          )}
          <Stack spacing={0.5} sx={{ minWidth: 0, flex: 1 }}>
            <LinkBase
              to={`/cases/${record.id}/show`}
              draggable={false}
              title={record.title}
              style={{ fontWeight: 600, overflowWrap: 'break-word', hyphens: 'auto' }}
            >
              {organisationName ?? '…'}
            </LinkBase>
            <Typography variant="body2">{advisorName ?? translate('traject.cases.unassigned')}</Typography>
            {nextAction && (
              <Typography variant="caption" color="text.secondary">
                {translate('traject.board.next_action', { date: nextAction })}
              </Typography>
            )}
            {record.priority !== 'normal' && (
              <Chip
                size="small"
                color={record.priority === 'high' ? 'error' : 'default'}
                label={translate(`traject.priorities.${record.priority}`)}
                sx={{ alignSelf: 'flex-start' }}
              />
            )}
            {draggable && (
              <MoveToMenu caseId={record.id} name={organisationName ?? record.title} stage={stage} onMove={onMove} />
            )}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
