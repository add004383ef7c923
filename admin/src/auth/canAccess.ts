import type { Role } from './types';

/**
 * Who may do what in the console, mirroring the roles table of API.md. The API enforces
 * every rule; this table only decides which menus, pages and buttons the console offers.
 *
 * One row per resource: for each action react-admin asks about (list, show, create, edit,
 * delete, export, or a custom one like "deactivate"), the roles allowed. `*` covers any
 * action not named. A resource without a row is closed to everyone.
 */
type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | string;
type Rules = Partial<Record<Action | '*', readonly Role[]>>;

const everyone: readonly Role[] = ['advisor', 'coordinator', 'manager', 'admin'];
const adminOnly: readonly Role[] = ['admin'];
/** Everyone but managers, who read the register and report on it. */
const registerWriters: readonly Role[] = ['advisor', 'coordinator', 'admin'];
/** Coordinators and admins: open, assign and close support journeys. */
const leads: readonly Role[] = ['coordinator', 'admin'];
/** Managers and admins: the audit trail. */
const auditReaders: readonly Role[] = ['manager', 'admin'];

export const accessRules: Record<string, Rules> = {
  // The intake inbox (what the public form brings in): coordinators and admins convert or dismiss.
  intakes: { '*': leads },
  // Documents: everyone reads; the advisor of the open case, coordinators and admins add, replace and delete
  // (the server checks the case); admins restore a deleted one.
  documents: { list: everyone, show: everyone, create: registerWriters, edit: registerWriters, delete: registerWriters, restore: adminOnly },
  // Everyone may read the staff list through the API (to pick an advisor); only admins get the screens.
  users: { '*': adminOnly },
  profile: { '*': everyone },
  // "purge": DELETE removes the record for an admin (it archives for the others).
  organisations: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    delete: registerWriters,
    import: registerWriters,
    purge: adminOnly,
  },
  // "gdpr": export everything held on a person, and anonymise them.
  // Exporting contacts (personal data) is for coordinators and admins only.
  contacts: {
    list: everyone,
    show: everyone,
    export: leads,
    create: registerWriters,
    edit: registerWriters,
    // A person is never hard-deleted: "delete" anonymises them (coordinators and admins).
    delete: leads,
    gdpr: adminOnly,
  },
  // Support journeys. Editing is offered to advisors, but only on cases assigned to them
  // (journey/rights.ts checks the record; the server checks again).
  cases: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: leads,
    edit: registerWriters,
    assign: leads,
    close: leads,
    delete: adminOnly,
  },
  // Advisors edit and delete only their own notes (journey/rights.ts).
  meetings: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    delete: registerWriters,
  },
  // Editing: the assignee, the creator, coordinators and admins (journey/rights.ts).
  tasks: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    delete: registerWriters,
  },
  // EMES assessments: drafts are changed by the advisor of the organisation's open case, coordinators
  // and admins (useJourneyWriter checks the case); "finalise" also by the assessor; "review" by leads.
  assessments: { list: everyone, show: everyone, export: everyone, create: registerWriters, edit: registerWriters, finalise: registerWriters, review: leads },
  // Recognition files and referrals: same writers as the assessments; every lifecycle move is a "move".
  recognitions: { list: everyone, show: everyone, export: everyone, create: registerWriters, edit: registerWriters, move: registerWriters },
  referrals: { list: everyone, show: everyone, export: everyone, create: registerWriters, edit: registerWriters, move: registerWriters },
  // COOPCITY and BISSIB programmes: admins keep the list (DELETE retires one), everyone reads it.
  programmes: { list: everyone, show: everyone, create: adminOnly, edit: adminOnly, delete: adminOnly },
  // Referral partners: admins keep the list (DELETE retires one), everyone reads it.
  partners: { list: everyone, show: everyone, create: adminOnly, edit: adminOnly, delete: adminOnly },
  // The journey board: everyone sees it; who may drag a card is per case (journey/rights.ts).
  board: { list: everyone },
  // The manager dashboard: everyone (an advisor's figures cover their own cases; the API decides).
  reports: { list: everyone },
  // The audit trail, read-only.
  'audit-log': { list: auditReaders, show: auditReaders },
  jobs: { list: adminOnly },
  outbox: { list: adminOnly, show: adminOnly },
  // Read-only reference data the forms use.
  municipalities: { list: everyone, show: everyone },
};

export function canAccess(role: Role | undefined, resource: string, action: Action): boolean {
  if (!role) return false;
  const rules = accessRules[resource];
  const allowed = rules?.[action] ?? rules?.['*'];
  return !!allowed?.includes(role);
}
