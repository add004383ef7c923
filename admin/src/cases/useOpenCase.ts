import { useGetList } from 'react-admin';
import type { Case } from '../cases/types';

/** The organisation's case that is not closed (at most one, API.md), or undefined. */
export function useOpenCase(organisationId: string | undefined) {
  const { data, isPending } = useGetList<Case>(
    'cases',
    {
      filter: { organisationId, status: ['open', 'on_hold'] },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'openedOn', order: 'DESC' },
    },
    { enabled: !!organisationId },
  );
  return { openCase: data?.[0], isPending };
}
