import { useCallback } from 'react';
import { useGetIdentity } from 'react-admin';
import type { Actor } from '../../../api/src/domain/record-policies';
import { canAccess } from './canAccess';

/**
 * `can(resource, action, record?)`: canAccess for the signed-in user, answered at once (no round trip), so a
 * screen can ask it per row. Pass the record (`null` while there is none) to have its per-record rule asked.
 */
export function useCan() {
  const { identity } = useGetIdentity();
  return useCallback(
    (resource: string, action: string, record?: object | null) =>
      canAccess(identity as Actor | undefined, resource, action, record),
    [identity],
  );
}
