import { useState, type DragEvent, type ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CASE_MIME } from './BoardCard';

/** A stage of the journey: a drop zone for the cards the viewer may move. */
export function BoardColumn({
  stage,
  count,
  onDropCase,
  children,
}: {
  stage: string;
  count: number;
  onDropCase: (caseId: string) => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const [over, setOver] = useState(false);
  const title = translate(`traject.stages.${stage}`);
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(CASE_MIME);
  return (
    <Paper
      component="section"
      aria-label={title}
      data-stage={stage}
      variant="outlined"
      onDragOver={(event: DragEvent) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event: DragEvent) => {
        setOver(false);
        const caseId = event.dataTransfer.getData(CASE_MIME);
        if (!caseId) return;
        event.preventDefault();
        onDropCase(caseId);
      }}
      sx={{ flex: '1 1 0', minWidth: 220, p: 1, bgcolor: over ? 'action.hover' : 'background.default', minHeight: 300 }}
    >
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: 1,
          justifyContent: 'space-between',
          alignItems: 'baseline',
          mb: 1,
          px: 0.5,
        }}
      >
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('traject.board.count', { smart_count: count })}
        </Typography>
      </Box>
      {children}
    </Paper>
  );
}
