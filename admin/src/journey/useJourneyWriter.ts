import { useGetIdentity } from 'react-admin';
import type { Role } from '../auth/types';
import { useOpenCase } from '../meetings/useOpenCase';

/**
 * Who may work on an organisation's assessments, recognition files and referrals (API.md roles):
 * the advisor assigned to its open case, coordinators and admins. The server checks again.
 */
export function useJourneyWriter(organisationId: string | undefined) {
  const { identity, isPending: identityPending } = useGetIdentity();
  const { openCase, isPending } = useOpenCase(organisationId);
  const role = identity?.role as Role | undefined;
  const lead = role === 'coordinator' || role === 'admin';
  const canWrite = lead || (role === 'advisor' && !!openCase && openCase.advisorId === identity?.id);
  return { canWrite, lead, role, viewerId: identity?.id as string | undefined, openCase, isPending: isPending || identityPending };
}

/** Today as the browser counts it, `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
