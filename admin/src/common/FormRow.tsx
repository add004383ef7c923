import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** Inputs side by side on a wide screen, stacked on a narrow one (as the organisation form does). */
export function FormRow({ columns = 3, children }: { columns?: number; children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, 1fr)` },
        columnGap: 2,
        width: '100%',
      }}
    >
      {children}
    </Box>
  );
}
