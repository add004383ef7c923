import { useGetIdentity } from 'react-admin';
import { type Actor, isLead, mayChangeCase } from '../../../api/src/domain/record-policies';
import { useOpenCase } from './useOpenCase';

/**
 * Who may work on an organisation's assessments, recognition files and referrals (API.md roles):
 * the advisor assigned to its open case, coordinators and admins. The server checks again.
 */
export function useCaseWriter(organisationId: string | undefined) {
  const { identity, isPending: identityPending } = useGetIdentity();
  const { openCase, isPending } = useOpenCase(organisationId);
  const viewer = identity as Actor | undefined;
  return {
    canWrite: mayChangeCase(viewer, openCase ?? null),
    lead: isLead(viewer),
    viewerId: identity?.id as string | undefined,
    openCase,
    isPending: isPending || identityPending,
  };
}
