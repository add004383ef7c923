import { useCallback, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { TimelineEntry, TrajectDataProvider } from '../dataProvider';

const PAGE = 50;

/** An organisation's timeline, a page at a time ("show more" asks for the next one). */
export function useTimeline(organisationId: string | undefined) {
  const dataProvider = useDataProvider<TrajectDataProvider>();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [isPending, setPending] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (first: number, replace: boolean) => {
      if (!organisationId) return;
      setPending(true);
      try {
        const page = await dataProvider.getTimeline(organisationId, { first, last: first + PAGE - 1 });
        setEntries((before) => (replace ? page.data : [...before, ...page.data]));
        setTotal(page.total);
        setError(null);
      } catch (caught) {
        setError(caught);
      } finally {
        setPending(false);
      }
    },
    [dataProvider, organisationId],
  );

  useEffect(() => {
    void load(0, true);
  }, [load]);

  return {
    entries,
    total,
    isPending,
    error,
    hasMore: entries.length < total,
    loadMore: () => load(entries.length, false),
  };
}
