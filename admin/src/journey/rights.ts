import type { Role } from '../auth/types';

/** Who the console is showing things to, as authProvider.getIdentity answers. */
export interface Viewer {
  id: string | number;
  role?: Role;
}

const leads = (viewer?: Viewer) => viewer?.role === 'coordinator' || viewer?.role === 'admin';

/**
 * The per-record rules of API.md the console mirrors to offer only what the server will accept
 * (the server checks them all again). canAccess covers the per-role rows; these need the record.
 */
export function canChangeCase(viewer: Viewer | undefined, record: { advisorId: string | null; status: string } | undefined): boolean {
  if (!viewer || !record || record.status === 'closed') return false;
  return leads(viewer) || (viewer.role === 'advisor' && record.advisorId === viewer.id);
}

export function canChangeMeeting(viewer: Viewer | undefined, record: { authorId: string } | undefined): boolean {
  if (!viewer || !record) return false;
  return leads(viewer) || (viewer.role === 'advisor' && record.authorId === viewer.id);
}

export function canChangeTask(viewer: Viewer | undefined, record: { assigneeId: string | null; createdById: string | null } | undefined): boolean {
  if (!viewer || !record) return false;
  return leads(viewer) || record.assigneeId === viewer.id || record.createdById === viewer.id;
}

export function isLead(viewer: Viewer | undefined): boolean {
  return leads(viewer);
}
