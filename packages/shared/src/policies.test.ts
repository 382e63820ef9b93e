import { describe, expect, it } from 'vitest';
import { can, permissionsOf, requiresSecondFactor, type Actor } from './policies.ts';

const unitA = '00000000-0000-7000-8000-00000000000a';
const unitB = '00000000-0000-7000-8000-00000000000b';
const orgX = '00000000-0000-7000-8000-0000000000f1';
const orgY = '00000000-0000-7000-8000-0000000000f2';

const actor = (roles: Actor['roles'], organisationId: string | null = orgX): Actor => ({
  id: 'me',
  unitId: unitA,
  organisationId,
  roles,
});

describe('can', () => {
  it('keeps everyone but a system admin inside their unit', () => {
    expect(can(actor(['UNIT_ADMIN']), 'user:manage', { unitId: unitA })).toBe(true);
    expect(can(actor(['UNIT_ADMIN']), 'user:manage', { unitId: unitB })).toBe(false);
    expect(can(actor(['SYSTEM_ADMIN']), 'user:manage', { unitId: unitB })).toBe(true);
  });

  it('lets only a system admin manage units', () => {
    expect(can(actor(['UNIT_ADMIN']), 'unit:manage')).toBe(false);
    expect(can(actor(['SYSTEM_ADMIN']), 'unit:manage')).toBe(true);
  });

  it('lets an officer change only records their organisation is responsible for', () => {
    const officer = actor(['ORG_OFFICER']);
    expect(can(officer, 'record:update', { unitId: unitA, organisationIds: [orgX, orgY] })).toBe(
      true,
    );
    expect(can(officer, 'record:update', { unitId: unitA, organisationIds: [orgY] })).toBe(false);
    expect(can(actor(['ORG_OFFICER'], null), 'record:update', { organisationIds: [orgX] })).toBe(
      false,
    );
    expect(can(actor(['VIEWER']), 'record:update', { organisationIds: [orgX] })).toBe(false);
  });

  it('reserves approval to leaders of a responsible organisation', () => {
    expect(can(actor(['ORG_OFFICER']), 'record:approve', { organisationIds: [orgX] })).toBe(false);
    expect(can(actor(['ORG_LEADER']), 'record:approve', { organisationIds: [orgX] })).toBe(true);
    expect(can(actor(['SYSTEM_ADMIN']), 'record:approve', { organisationIds: [orgX] })).toBe(false);
  });

  it('forbids granting the system admin role to anyone but a system admin', () => {
    expect(can(actor(['UNIT_ADMIN']), 'user:grant-role', { role: 'ORG_LEADER' })).toBe(true);
    expect(can(actor(['UNIT_ADMIN']), 'user:grant-role', { role: 'SYSTEM_ADMIN' })).toBe(false);
    expect(can(actor(['SYSTEM_ADMIN']), 'user:grant-role', { role: 'SYSTEM_ADMIN' })).toBe(true);
  });

  it('forbids managing one’s own account', () => {
    expect(can(actor(['UNIT_ADMIN']), 'user:manage', { unitId: unitA, userId: 'me' })).toBe(false);
    expect(can(actor(['SYSTEM_ADMIN']), 'user:manage', { userId: 'me' })).toBe(false);
  });

  it('forbids managing an account that holds a role the actor could not grant', () => {
    const manage = (roles: Actor['roles'], accountRoles: Actor['roles']) =>
      can(actor(roles), 'user:manage', { unitId: unitA, userId: 'other', accountRoles });
    expect(manage(['UNIT_ADMIN'], ['SYSTEM_ADMIN'])).toBe(false);
    expect(manage(['UNIT_ADMIN'], ['VIEWER', 'SYSTEM_ADMIN'])).toBe(false);
    expect(manage(['UNIT_ADMIN'], ['UNIT_ADMIN', 'ORG_LEADER'])).toBe(true);
    expect(manage(['SYSTEM_ADMIN'], ['SYSTEM_ADMIN'])).toBe(true);
    expect(manage(['ORG_LEADER'], ['VIEWER'])).toBe(false);
  });
});

describe('permissionsOf', () => {
  it('lists what a viewer may do in their unit', () => {
    expect(permissionsOf(actor(['VIEWER']))).toEqual([
      'unit:read',
      'organisation:read',
      'record:read',
      'plan:read',
      'case:statistics',
      'mediation:read',
      'supervision:read',
      'report:read',
    ]);
  });

  it('gives a unit admin the admin screens but not unit management', () => {
    const list = permissionsOf(actor(['UNIT_ADMIN']));
    expect(list).toContain('user:manage');
    expect(list).toContain('organisation:manage');
    expect(list).not.toContain('unit:manage');
  });
});

describe('plans', () => {
  const leaderOf = (organisationKind: Actor['organisationKind']): Actor => ({
    ...actor(['ORG_LEADER']),
    organisationKind,
  });

  it('lets unit admins and People’s Committee or Front leaders manage plans', () => {
    expect(can(actor(['UNIT_ADMIN']), 'plan:manage', { unitId: unitA })).toBe(true);
    expect(can(leaderOf('PEOPLES_COMMITTEE'), 'plan:manage', { unitId: unitA })).toBe(true);
    expect(can(leaderOf('FATHERLAND_FRONT'), 'plan:manage')).toBe(true);
    expect(can(leaderOf('WOMENS_UNION'), 'plan:manage')).toBe(false);
    expect(can(actor(['ORG_OFFICER']), 'plan:manage')).toBe(false);
    expect(can(actor(['UNIT_ADMIN']), 'plan:manage', { unitId: unitB })).toBe(false);
  });

  it('reserves approval to People’s Committee and Front leaders', () => {
    expect(can(leaderOf('FATHERLAND_FRONT'), 'plan:approve')).toBe(true);
    expect(can(actor(['UNIT_ADMIN']), 'plan:approve')).toBe(false);
    expect(can(actor(['SYSTEM_ADMIN']), 'plan:approve')).toBe(false);
  });

  it('lets the lead organisation move its task, and lead or partners report on it', () => {
    const officer = actor(['ORG_OFFICER']);
    expect(can(officer, 'task:update-status', { leadOrganisationId: orgX })).toBe(true);
    expect(
      can(officer, 'task:update-status', { leadOrganisationId: orgY, organisationIds: [orgX] }),
    ).toBe(false);
    expect(
      can(officer, 'task:post-progress', { leadOrganisationId: orgY, organisationIds: [orgX] }),
    ).toBe(true);
    expect(
      can(officer, 'task:post-progress', { leadOrganisationId: orgY, organisationIds: [] }),
    ).toBe(false);
    expect(can(actor(['VIEWER']), 'task:post-progress', { leadOrganisationId: orgX })).toBe(false);
  });
});

describe('cases', () => {
  const pc = (roles: Actor['roles'], id = 'me'): Actor => ({
    ...actor(roles, orgX),
    id,
    organisationKind: 'PEOPLES_COMMITTEE',
  });
  const front: Actor = { ...actor(['ORG_OFFICER'], orgY), organisationKind: 'FATHERLAND_FRONT' };
  const women: Actor = { ...actor(['ORG_OFFICER'], orgY), organisationKind: 'WOMENS_UNION' };
  const unassigned = {
    unitId: unitA,
    organisationIds: [],
    leadOrganisationId: null,
    handlerId: null,
  };
  const assignedToY = {
    unitId: unitA,
    organisationIds: [orgY],
    leadOrganisationId: orgY,
    handlerId: 'someone',
  };

  it('lets the People’s Committee staff work a case until it is assigned elsewhere', () => {
    expect(can(pc(['ORG_OFFICER']), 'case:handle', unassigned)).toBe(true);
    expect(can(pc(['ORG_OFFICER']), 'case:handle', assignedToY)).toBe(false);
    expect(can(pc(['ORG_LEADER']), 'case:handle', assignedToY)).toBe(true);
    expect(can(front, 'case:handle', unassigned)).toBe(false);
  });

  it('shows a denouncer only to the handler and the head of the People’s Committee', () => {
    expect(can(pc(['ORG_OFFICER'], 'someone'), 'case:view-identity', assignedToY)).toBe(true);
    expect(can(pc(['ORG_OFFICER']), 'case:view-identity', assignedToY)).toBe(false);
    expect(can(pc(['ORG_LEADER']), 'case:view-identity', assignedToY)).toBe(true);
    expect(can({ ...front, roles: ['ORG_LEADER'] }, 'case:view-identity', assignedToY)).toBe(false);
    expect(can(actor(['SYSTEM_ADMIN']), 'case:view-identity', assignedToY)).toBe(false);
  });

  it('lets a mass organisation read only the cases it forwarded or handles', () => {
    expect(can(women, 'case:read', assignedToY)).toBe(true);
    expect(can(women, 'case:read', unassigned)).toBe(false);
    expect(can(front, 'case:read', unassigned)).toBe(true);
  });
});

describe('reports and dashboard', () => {
  const of = (roles: Actor['roles'], organisationKind: Actor['organisationKind']): Actor => ({
    ...actor(roles),
    organisationKind,
  });

  it('lets only People’s Committee staff write the annual report, and everyone read it', () => {
    expect(can(of(['ORG_OFFICER'], 'PEOPLES_COMMITTEE'), 'report:edit', { unitId: unitA })).toBe(
      true,
    );
    expect(can(of(['ORG_LEADER'], 'FATHERLAND_FRONT'), 'report:edit', { unitId: unitA })).toBe(
      false,
    );
    expect(can(of(['SYSTEM_ADMIN'], null), 'report:edit', { unitId: unitA })).toBe(false);
    expect(can(of(['ORG_OFFICER'], 'PEOPLES_COMMITTEE'), 'report:edit', { unitId: unitB })).toBe(
      false,
    );
    expect(can(of(['VIEWER'], null), 'report:read', { unitId: unitA })).toBe(true);
  });

  it('leaves the signer and symbol to the unit admin and the People’s Committee head', () => {
    expect(can(of(['UNIT_ADMIN'], null), 'report:configure', { unitId: unitA })).toBe(true);
    expect(
      can(of(['ORG_LEADER'], 'PEOPLES_COMMITTEE'), 'report:configure', { unitId: unitA }),
    ).toBe(true);
    expect(
      can(of(['ORG_OFFICER'], 'PEOPLES_COMMITTEE'), 'report:configure', { unitId: unitA }),
    ).toBe(false);
    expect(can(of(['ORG_LEADER'], 'FATHERLAND_FRONT'), 'report:configure', { unitId: unitA })).toBe(
      false,
    );
  });

  it('shows the ward overview to leaders and People’s Committee and Front staff, not to other officers', () => {
    expect(can(of(['ORG_LEADER'], 'WOMENS_UNION'), 'dashboard:overview')).toBe(true);
    expect(can(of(['ORG_OFFICER'], 'FATHERLAND_FRONT'), 'dashboard:overview')).toBe(true);
    expect(can(of(['ORG_OFFICER'], 'WOMENS_UNION'), 'dashboard:overview')).toBe(false);
    expect(can(of(['VIEWER'], null), 'dashboard:overview')).toBe(false);
  });
});

describe('requiresSecondFactor', () => {
  it('requires it of administrators, the Committee head and whoever may handle a case', () => {
    expect(requiresSecondFactor(actor(['SYSTEM_ADMIN'], null))).toBe(true);
    expect(requiresSecondFactor(actor(['UNIT_ADMIN'], null))).toBe(true);
    expect(
      requiresSecondFactor({ ...actor(['ORG_LEADER']), organisationKind: 'PEOPLES_COMMITTEE' }),
    ).toBe(true);
    // Any organisation's staff may be assigned a case (and see its denouncer).
    expect(
      requiresSecondFactor({ ...actor(['ORG_OFFICER']), organisationKind: 'WOMENS_UNION' }),
    ).toBe(true);
    expect(
      requiresSecondFactor({ ...actor(['ORG_LEADER']), organisationKind: 'FATHERLAND_FRONT' }),
    ).toBe(true);
  });

  it('leaves it optional for viewers and staff roles without an organisation', () => {
    expect(requiresSecondFactor(actor(['VIEWER']))).toBe(false);
    expect(requiresSecondFactor(actor(['ORG_OFFICER'], null))).toBe(false);
  });
});
