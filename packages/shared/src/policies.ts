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
  /** The roles the account being managed holds now (edit, reset, deactivate, end sessions…). */
  accountRoles?: Role[];
  /** The organisation leading a task (chủ trì), or handling a case. */
  leadOrganisationId?: string | null;
  /** The officer assigned to handle a case. */
  handlerId?: string | null;
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
  'settings:manage',
  'case:read',
  'case:register',
  'case:process',
  'case:handle',
  'case:view-identity',
  'case:statistics',
  'reception:read',
  'reception:manage',
  'mediation:read',
  'mediation:manage',
  'supervision:read',
  'supervision:manage',
  'recommendation:answer',
  'criticism:manage',
  'criticism:comment',
  'criticism:respond',
  'voter-contact:manage',
  'petition:answer',
  'suggestion:manage',
  'suggestion:answer',
  'suggestion:view-author',
  'report:read',
  'report:edit',
  'report:configure',
  'dashboard:overview',
] as const;
export type Action = (typeof actions)[number];

const has = (actor: Actor, ...wanted: Role[]) => wanted.some((role) => actor.roles.includes(role));

const inOwnUnit = (actor: Actor, resource: Resource) =>
  resource.unitId === undefined || resource.unitId === actor.unitId;

const responsible = (actor: Actor, resource: Resource) =>
  resource.organisationIds === undefined ||
  (actor.organisationId !== null && resource.organisationIds.includes(actor.organisationId));

const steeringKinds: (OrganisationKind | null | undefined)[] = [
  'PEOPLES_COMMITTEE',
  'FATHERLAND_FRONT',
];

/** Leaders of the People's Committee or the Front steer the coordination programme. */
const isSteeringLeader = (actor: Actor) =>
  has(actor, 'ORG_LEADER') && steeringKinds.includes(actor.organisationKind);

const isStaffOf = (actor: Actor, organisationId: string | null | undefined) =>
  has(actor, 'ORG_LEADER', 'ORG_OFFICER') &&
  actor.organisationId !== null &&
  actor.organisationId === organisationId;

const isStaff = (actor: Actor) =>
  has(actor, 'ORG_LEADER', 'ORG_OFFICER') && actor.organisationId !== null;

const isStaffOfKind = (actor: Actor, ...kinds: OrganisationKind[]) =>
  isStaff(actor) && kinds.includes(actor.organisationKind as OrganisationKind);

/** The People's Committee head (and deputies): ORG_LEADER of the People's Committee. */
const isCommitteeHead = (actor: Actor) =>
  has(actor, 'ORG_LEADER') && actor.organisationKind === 'PEOPLES_COMMITTEE';

type Rule = (actor: Actor, resource: Resource) => boolean;

/**
 * The addressee (`leadOrganisationId`) answers what was sent to it; for a body outside the unit
 * (null) the organisations that manage the area record the answer received.
 */
const answersFor =
  (...managers: OrganisationKind[]): Rule =>
  (a, r) =>
    r.leadOrganisationId != null
      ? isStaffOf(a, r.leadOrganisationId)
      : isStaffOfKind(a, ...managers);

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
  // The days off are national: only a system admin sets them.
  'calendar:manage': () => false,
  // The lead organisation and the partners report on a task they share.
  'task:post-progress': (a, r) =>
    isStaffOf(a, r.leadOrganisationId) || (r.organisationIds ?? []).some((id) => isStaffOf(a, id)),
  'settings:manage': () => false,
  // Cases are seen by those who must follow them: the People's Committee, the Front (which
  // supervises complaint handling), the Party and Council leaders, and the organisations that
  // forwarded or handle a case (organisationIds) or its handler.
  'case:read': (a, r) =>
    isStaffOfKind(a, 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT') ||
    (has(a, 'ORG_LEADER') &&
      ['PARTY_COMMITTEE', 'PEOPLES_COUNCIL'].includes(a.organisationKind ?? '')) ||
    (r.handlerId != null && r.handlerId === a.id) ||
    (r.organisationIds ?? []).some((id) => isStaffOf(a, id)),
  // Any organisation registers the letters it receives; outside the PC they count as forwarded.
  'case:register': (a) => isStaff(a),
  'case:process': (a) => isStaffOfKind(a, 'PEOPLES_COMMITTEE'),
  // Until a case is assigned, the People's Committee staff who received it work it.
  'case:handle': (a, r) =>
    (r.handlerId != null && r.handlerId === a.id) ||
    isStaffOf(a, r.leadOrganisationId) ||
    (r.leadOrganisationId == null && isStaffOfKind(a, 'PEOPLES_COMMITTEE')) ||
    isCommitteeHead(a),
  // Luật Tố cáo Art 56: only the handler and the head of the People's Committee.
  'case:view-identity': (a, r) =>
    (r.handlerId != null && r.handlerId === a.id) || isCommitteeHead(a),
  'case:statistics': () => true,
  'reception:read': (a) => isStaff(a),
  'reception:manage': (a) => isStaffOfKind(a, 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'),
  'mediation:read': () => true,
  'mediation:manage': (a) => isStaffOfKind(a, 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'),
  // Supervision, social criticism, voter contact and suggestion boxes: everyone in the unit reads.
  'supervision:read': () => true,
  'supervision:manage': (a) => isStaffOfKind(a, 'FATHERLAND_FRONT'),
  'recommendation:answer': answersFor('FATHERLAND_FRONT'),
  'criticism:manage': (a) => isStaffOfKind(a, 'FATHERLAND_FRONT'),
  // Staff comment for their own organisation; the Front records the others'.
  'criticism:comment': (a) => isStaff(a),
  'criticism:respond': answersFor('FATHERLAND_FRONT'),
  'voter-contact:manage': (a) => isStaffOfKind(a, 'PEOPLES_COUNCIL', 'FATHERLAND_FRONT'),
  'petition:answer': answersFor('PEOPLES_COUNCIL', 'FATHERLAND_FRONT'),
  'suggestion:manage': (a) => isStaffOfKind(a, 'FATHERLAND_FRONT'),
  'suggestion:answer': answersFor('FATHERLAND_FRONT'),
  // An author who did not sign or asked not to be named: only the Front, which keeps the box.
  'suggestion:view-author': (a) => isStaffOfKind(a, 'FATHERLAND_FRONT'),
  // The annual report holds only aggregates: everyone in the unit reads it. The People's
  // Committee issues it (BC-UBND), so its staff write it; its leaders or the unit admin set the
  // signer, symbol and recipients.
  'report:read': () => true,
  'report:edit': (a) => isStaffOfKind(a, 'PEOPLES_COMMITTEE'),
  'report:configure': (a) => has(a, 'UNIT_ADMIN') || isCommitteeHead(a),
  // The ward's overview (progress, letters, mediation, supervision): those who steer or follow it.
  'dashboard:overview': (a) =>
    has(a, 'UNIT_ADMIN', 'ORG_LEADER') || isStaffOfKind(a, 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT'),
};

// Content actions follow organisational responsibility even for a system admin.
const contentActions = new Set<Action>([
  'record:update',
  'record:approve',
  'plan:approve',
  'task:post-progress',
  'case:read',
  'case:register',
  'case:process',
  'case:handle',
  'case:view-identity',
  'reception:read',
  'reception:manage',
  'mediation:manage',
  'supervision:manage',
  'recommendation:answer',
  'criticism:manage',
  'criticism:comment',
  'criticism:respond',
  'voter-contact:manage',
  'petition:answer',
  'suggestion:manage',
  'suggestion:answer',
  'suggestion:view-author',
  'report:edit',
]);

/**
 * Nobody manages their own account (no lock-out by mistake, no self-promotion), nor one holding a
 * role they could not grant: a unit admin must not reset a system admin's password and sign in
 * as them.
 */
const mayTouchAccount = (actor: Actor, resource: Resource) =>
  resource.userId !== actor.id &&
  (resource.accountRoles ?? []).every((role) => can(actor, 'user:grant-role', { role }));

/**
 * The one place that decides whether `actor` may do `action` on `resource`.
 * A system admin manages every unit; everyone else acts only inside their own unit.
 */
export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  if (action === 'user:manage' && !mayTouchAccount(actor, resource)) return false;
  if (has(actor, 'SYSTEM_ADMIN') && !contentActions.has(action)) return true;
  return inOwnUnit(actor, resource) && rules[action](actor, resource);
}

/** Actions the actor may take in their own unit: the SPA hides controls for the rest. */
export function permissionsOf(actor: Actor): Action[] {
  return actions.filter((action) => can(actor, action, { unitId: actor.unitId }));
}

/**
 * Accounts that must sign in with a second factor (TOTP): the administrators, and everyone who
 * may see a denouncer's identity (Luật Tố cáo Art 56): the People's Committee head and any case
 * handler. A handler may be any officer or leader of an organisation of the unit (the assign step
 * takes the staff of the organisation a case is assigned to, or of the People's Committee), so
 * every staff account with an organisation is in. Others (viewers) may enrol if they wish.
 */
export function requiresSecondFactor(
  actor: Pick<Actor, 'roles' | 'organisationId' | 'organisationKind'>,
): boolean {
  const a = { ...actor, id: '', unitId: '' };
  return has(a, 'SYSTEM_ADMIN', 'UNIT_ADMIN') || isCommitteeHead(a) || isStaff(a);
}
