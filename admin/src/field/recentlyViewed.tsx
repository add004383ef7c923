import { useEffect, useState } from 'react';
import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { LinkBase, useGetIdentity, useTranslate } from 'react-admin';

/** The records a person opened last, newest first, kept in this browser (per person). */
interface Viewed {
  to: string;
  label: string;
  at: string;
}

const MAX = 8;
const keyOf = (userId: string) => `traject.recentlyViewed.${userId}`;

function read(userId: string): Viewed[] {
  try {
    const items = JSON.parse(window.localStorage.getItem(keyOf(userId)) ?? '[]') as Viewed[];
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

/** Remembers that the signed-in person opened the record at `to` (e.g. an organisation's page). */
export function useRememberViewed(to: string | undefined, label: string | undefined) {
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : undefined;
  useEffect(() => {
    if (!userId || !to || !label) return;
    const items = [{ to, label, at: new Date().toISOString() }, ...read(userId).filter((item) => item.to !== to)].slice(
      0,
      MAX,
    );
    try {
      window.localStorage.setItem(keyOf(userId), JSON.stringify(items));
    } catch {
      // Storage full or refused: nothing to remember.
    }
  }, [userId, to, label]);
}

/** On the home page: the last records opened, one click away. */
export function RecentlyViewed() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [items, setItems] = useState<Viewed[]>([]);
  useEffect(() => {
    if (identity) setItems(read(String(identity.id)));
  }, [identity]);
  if (!items.length) return null;
  return (
    <Card component="section" aria-labelledby="recently-viewed-title">
      <CardContent>
        <Typography
          id="recently-viewed-title"
          variant="h6"
          component="h2"
          sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}
        >
          <HistoryIcon aria-hidden />
          {translate('traject.field.recently_viewed')}
        </Typography>
        <Stack
          direction="row"
          sx={{ flexWrap: 'wrap', gap: 1 }}
          component="ul"
          aria-labelledby="recently-viewed-title"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((item) => (
            <li key={item.to}>
              <Chip component={LinkBase} to={item.to} clickable label={item.label} variant="outlined" />
            </li>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
