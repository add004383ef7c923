import { RECORD_WRITERS, ROLES } from '../../../api/src/domain/roles';
import {
  type Actor,
  isLead,
  LEADS,
  mayChangeCase,
  mayChangeMeeting,
  mayChangeTask,
  mayDeleteTask,
} from '../../../api/src/domain/record-policies';
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

const everyone: readonly Role[] = ROLES;
const adminOnly: readonly Role[] = ['admin'];
/** Everyone but managers, who read the register and report on it. */
const registerWriters: readonly Role[] = RECORD_WRITERS;
/** Coordinators and admins: open, assign and close cases. */
const leads: readonly Role[] = LEADS;
/** Managers and admins: the audit trail. */
const auditReaders: readonly Role[] = ['manager', 'admin'];

const accessRules: Record<string, Rules> = {
  // The intake inbox (what the public form brings in): coordinators and admins convert or dismiss.
  intakes: { '*': leads },
  // Documents: everyone reads; the advisor of the open case, coordinators and admins add, replace and delete
  // (the server checks the case); admins restore a deleted one.
  documents: {
    list: everyone,
    show: everyone,
    create: registerWriters,
    edit: registerWriters,
    delete: registerWriters,
    restore: adminOnly,
  },
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
  // Cases. Editing is offered to advisors, but only on cases assigned to them
  // (the record rules below; the server checks again).
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
  // Advisors edit and delete only their own notes (the record rules below).
  meetings: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    delete: registerWriters,
  },
  // Editing: the assignee, the creator, coordinators and admins (the record rules below).
  tasks: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    delete: registerWriters,
  },
  // EMES assessments: drafts are changed by the advisor of the organisation's open case, coordinators
  // and admins (cases/useCaseWriter checks the case); "finalise" also by the assessor; "review" by leads.
  assessments: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    finalise: registerWriters,
    review: leads,
  },
  // Recognition files and referrals: same writers as the assessments; every lifecycle move is a "move".
  recognitions: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    move: registerWriters,
  },
  referrals: {
    list: everyone,
    show: everyone,
    export: everyone,
    create: registerWriters,
    edit: registerWriters,
    move: registerWriters,
  },
  // COOPCITY and BISSIB programmes: admins keep the list (DELETE retires one), everyone reads it.
  programmes: { list: everyone, show: everyone, create: adminOnly, edit: adminOnly, delete: adminOnly },
  // Referral partners: admins keep the list (DELETE retires one), everyone reads it.
  partners: { list: everyone, show: everyone, create: adminOnly, edit: adminOnly, delete: adminOnly },
  // The cases board: everyone sees it; who may drag a card is per case (the record rules below).
  board: { list: everyone },
  // The manager dashboard: everyone (an advisor's figures cover their own cases; the API decides).
  reports: { list: everyone },
  // The audit trail, read-only.
  'audit-log': { list: auditReaders, show: auditReaders },
  // Cleaning the register (duplicates): coordinators and admins; loading the KBO extract: admins.
  duplicates: { '*': leads },
  kbo: { '*': adminOnly },
  jobs: { list: adminOnly },
  outbox: { list: adminOnly, show: adminOnly },
  // Read-only reference data the forms use.
  municipalities: { list: everyone, show: everyone },
};

type RecordRule = (viewer: Actor, record: object) => boolean;
/** A record rule written for the fields it reads (the record given is one of that resource's). */
const rule = <T extends object>(check: (viewer: Actor, record: T) => boolean) => check as RecordRule;

/**
 * The per-record rows, from the domain core's policies (api/src/domain/record-policies.ts, which the API enforces):
 * asked when a record is given, after the role table.
 */
const recordRules: Record<string, Partial<Record<Action, RecordRule>>> = {
  // A closed case is read-only in the console (reopening is a coordinator's form, not an edit).
  cases: {
    edit: rule(
      (viewer, kase: { advisorId: string | null; status: string }) =>
        kase.status !== 'closed' && mayChangeCase(viewer, kase),
    ),
  },
  meetings: { edit: rule(mayChangeMeeting), delete: rule(mayChangeMeeting) },
  tasks: { edit: rule(mayChangeTask), delete: rule(mayDeleteTask) },
  // The list does not know each row's open case: moves are offered to the referrer and to leads (the server checks the case).
  referrals: {
    move: rule(
      (viewer, referral: { referredById: string | null }) =>
        isLead(viewer) || (viewer.role === 'advisor' && referral.referredById === viewer.id),
    ),
  },
};

/**
 * May `viewer` do `action` on `resource` (and, given one, on this `record`)? The one question every screen asks:
 * authProvider.canAccess answers react-admin with it, and useCan answers components.
 */
export function canAccess(
  viewer: Actor | undefined,
  resource: string,
  action: Action,
  record?: object | null,
): boolean {
  const role = viewer?.role as Role | undefined;
  if (!viewer || !role) return false;
  const rules = accessRules[resource];
  const allowed = rules?.[action] ?? rules?.['*'];
  if (!allowed?.includes(role)) return false;
  if (record === undefined) return true;
  const check = recordRules[resource]?.[action];
  if (!check) return true;
  return !!record && check(viewer, record);
}
