import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, ListBase, WithListContext, useTranslate, type SortPayload } from 'react-admin';

/** A titled card of the home page, with an optional "see all" link to the full list. */
export function Widget({
  id,
  title,
  hint,
  seeAll,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  seeAll?: string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby={id} sx={{ flex: '1 1 420px', minWidth: 0 }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', mb: 1 }}>
          <Typography id={id} variant="h6" component="h2">
            {translate(title)}
          </Typography>
          {seeAll && (
            <LinkBase to={seeAll} style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44, minWidth: 44 }}>
              {translate('traject.home.see_all')}
            </LinkBase>
          )}
        </Box>
        {hint && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(hint)}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
}

export function Nothing() {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate('traject.home.nothing')}</Typography>;
}

/** A list page in the URL form react-admin reads: `/tasks?filter={…}&sort=…`. */
export function listLink(
  resource: string,
  filter: Record<string, unknown>,
  sort?: { field: string; order: 'ASC' | 'DESC' },
): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) {
    params.set('sort', sort.field);
    params.set('order', sort.order);
  }
  return `/${resource}?${params.toString()}`;
}

/** Inside a ListBase: "Nothing here." instead of an empty table. */
function EmptyOr({ children }: { children: ReactNode }) {
  return <WithListContext render={({ total, isPending }) => (!isPending && !total ? <Nothing /> : <>{children}</>)} />;
}

/**
 * A widget showing one list: the records of `filter`, "see all" opening the full list (on `seeAll`'s filter when the
 * widget shows a narrower part, as "this week" of all open tasks), "Nothing here." when empty.
 */
export function ListWidget({
  id,
  title,
  hint,
  resource,
  filter,
  seeAll = filter,
  sort,
  perPage,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  resource: string;
  filter: Record<string, unknown>;
  seeAll?: Record<string, unknown>;
  sort: SortPayload;
  perPage: number;
  children: ReactNode;
}) {
  return (
    <Widget id={id} title={title} hint={hint} seeAll={listLink(resource, seeAll)}>
      <ListBase resource={resource} filter={filter} sort={sort} perPage={perPage} disableSyncWithLocation>
        <EmptyOr>{children}</EmptyOr>
      </ListBase>
    </Widget>
  );
}
