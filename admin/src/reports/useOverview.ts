import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { httpClient } from '../auth/httpClient';
import type { Overview, OverviewQuery } from './types';

/** The dashboard's figures for a period and scope; the previous figures stay while the next load. */
export function useOverview(query: OverviewQuery) {
  return useQuery({
    queryKey: ['reports', 'overview', query],
    queryFn: async () => {
      const params = new URLSearchParams({ from: query.from, to: query.to });
      if (query.advisorId) params.set('advisorId', query.advisorId);
      if (query.sector) params.set('sector', query.sector);
      const { json } = await httpClient(`/api/reports/overview?${params.toString()}`);
      return json as Overview;
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
