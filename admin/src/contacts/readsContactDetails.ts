import { usePermissions } from 'react-admin';
import { readRule } from '../../../api/src/domain/read-policy';
import type { Role } from '../auth/types';

/**
 * Whether the signed-in role reads contacts' e-mail and phone at all (the API's read policy): when it never does,
 * the console leaves those columns out rather than showing them empty.
 */
export function useReadsContactDetails(): boolean {
  const { permissions } = usePermissions<Role>();
  return !permissions || readRule(permissions, 'contacts').personalFields !== 'none';
}
