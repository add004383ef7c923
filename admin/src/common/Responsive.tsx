import type { ReactElement } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';

/** A phone-sized screen (below MUI's `sm`, 600 px). */
export function usePhone(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
}

/** The table on a wide screen; on a phone, the compact layout (one short block per record). */
export function Responsive({ compact, children }: { compact: ReactElement; children: ReactElement }) {
  return usePhone() ? compact : children;
}
