import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { SearchResults, TrajectDataProvider } from '../dataProvider';

export const MIN_QUERY = 2;
const DEBOUNCE_MS = 300;

/** Results for what is typed, asked once typing pauses; stale answers are dropped. */
export function useSearch(text: string) {
  const dataProvider = useDataProvider<TrajectDataProvider>();
  const q = text.trim();
  const [results, setResults] = useState<SearchResults | null>(null);
  const [isPending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (q.length < MIN_QUERY || q.length > 200) {
      setResults(null);
      setPending(false);
      return;
    }
    let current = true;
    setPending(true);
    const timer = setTimeout(() => {
      dataProvider
        .search(q)
        .then((found) => current && (setResults(found), setFailed(false)))
        .catch(() => current && setFailed(true))
        .finally(() => current && setPending(false));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [dataProvider, q]);

  return { q, results, isPending, failed };
}
