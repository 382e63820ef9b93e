import type { OrganisationKind, Role } from './roles.ts';

/** Who is acting. Built by the API from the session; sent to the SPA in /auth/me. */
export interface Actor {
  id: string;
  unitId: string;
  organisationId: string | null;
  /** Kind of the actor's organisation: People's Committee and Front leaders steer plans. */
  organisationKind?: OrganisationKind | null;
  roles: Role[];
}

/** What an action is about. Omitted fields are not checked. */
export interface Resource {
  unitId?: string;
  /** Organisations responsible for a record (lead and partners). */
  organisationIds?: string[];
  /** A role being granted, for `user:grant-role`. */
  role?: Role;
  /** A user being acted on, for rules about oneself. */
  userId?: string;
  /** The organisation leading a task (chủ trì). */
  leadOrganisationId?: string | null;
}

export const actions = [
  'unit:read',
  'unit:manage',
  'organisation:read',
  'organisation:manage',
  'user:read',
  'user:manage',
  'user:grant-role',
  'audit:read',
  'record:read',
  'record:update',
  'record:approve',
  'plan:read',
  'plan:manage',
  'plan:approve',
  'task:update-status',
  'task:post-progress',
  'calendar:manage',
] as const;
export type Action = (typeof actions)[number];

const has = (actor: Actor, ...wanted: Role[]) => wanted.some((role) => actor.roles.includes(role));

const inOwnUnit = (actor: Actor, resource: Resource) =>
  resource.unitId === undefined || resource.unitId === actor.unitId;

const responsible = (actor: Actor, resource: Resource) =>
  resource.organisationIds === undefined ||
  (actor.organisationId !== null && resource.organisationIds.includes(actor.organisationId));

const steeringKinds: (OrganisationKind | null | undefined)[] = ['PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'];

/** Leaders of the People's Committee or the Front steer the coordination programme. */
const isSteeringLeader = (actor: Actor) =>
  has(actor, 'ORG_LEADER') && steeringKinds.includes(actor.organisationKind);

const isStaffOf = (actor: Actor, organisationId: string | null | undefined) =>
  has(actor, 'ORG_LEADER', 'ORG_OFFICER') &&
  actor.organisationId !== null &&
  actor.organisationId === organisationId;

type Rule = (actor: Actor, resource: Resource) => boolean;

const rules: Record<Action, Rule> = {
  'unit:read': () => true,
  'unit:manage': () => false,
  'organisation:read': () => true,
  'organisation:manage': (a) => has(a, 'UNIT_ADMIN'),
  'user:read': (a) => has(a, 'UNIT_ADMIN'),
  'user:manage': (a) => has(a, 'UNIT_ADMIN'),
  // Only a system admin makes another system admin.
  'user:grant-role': (a, r) => has(a, 'UNIT_ADMIN') && r.role !== 'SYSTEM_ADMIN',
  'audit:read': (a) => has(a, 'UNIT_ADMIN'),
  'record:read': () => true,
  // Staff change only what their organisation is responsible for.
  'record:update': (a, r) => has(a, 'ORG_LEADER', 'ORG_OFFICER') && responsible(a, r),
  'record:approve': (a, r) => has(a, 'ORG_LEADER') && responsible(a, r),
  'plan:read': () => true,
  // Create, import, edit drafts, amend, review, close.
  'plan:manage': (a) => has(a, 'UNIT_ADMIN') || isSteeringLeader(a),
  'plan:approve': (a) => isSteeringLeader(a),
  'task:update-status': (a, r) =>
    has(a, 'UNIT_ADMIN') || isSteeringLeader(a) || isStaffOf(a, r.leadOrganisationId),
  // The lead organisation and the partners report on a task they share.
  // The days off are national: only a system admin sets them.
  'calendar:manage': () => false,
  'task:post-progress': (a, r) =>
    isStaffOf(a, r.leadOrganisationId) ||
    (r.organisationIds ?? []).some((id) => isStaffOf(a, id)),
};

// Content actions follow organisational responsibility even for a system admin.
const contentActions = new Set<Action>([
  'record:update',
  'record:approve',
  'plan:approve',
  'task:post-progress',
]);

/**
 * The one place that decides whether `actor` may do `action` on `resource`.
 * A system admin manages every unit; everyone else acts only inside their own unit.
 * Nobody deactivates or re-roles their own account (no lock-out by mistake).
 */
export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  if (action === 'user:manage' && resource.userId === actor.id) return false;
  if (has(actor, 'SYSTEM_ADMIN') && !contentActions.has(action)) return true;
  return inOwnUnit(actor, resource) && rules[action](actor, resource);
}

/** Actions the actor may take in their own unit: the SPA hides controls for the rest. */
export function permissionsOf(actor: Actor): Action[] {
  return actions.filter((action) => can(actor, action, { unitId: actor.unitId }));
}
