// Each actor role × each role the managed account holds × each account action, and oneself:
// nobody manages an account holding a role they could not grant, nor their own account.
import type { Role } from '@phoihop/shared/roles';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const orgId = ward.organisations.ubnd.id;

const roles: Role[] = ['SYSTEM_ADMIN', 'UNIT_ADMIN', 'ORG_LEADER', 'ORG_OFFICER', 'VIEWER'];
const actors = new Map<Role, Session>();
const usernames: Record<Role, string> = {
  SYSTEM_ADMIN: ward.users.systemAdmin.username,
  UNIT_ADMIN: ward.users.unitAdmin.username,
  ORG_LEADER: ward.users.leader.username,
  ORG_OFFICER: ward.users.officer.username,
  VIEWER: ward.users.viewer.username,
};
for (const role of roles) actors.set(role, await login(t.app, usernames[role], PASSWORD));

type Request = { method: string; url: string; payload?: object; headers?: Record<string, string> };
const patch = (id: string, payload: object): Request => ({
  method: 'PATCH',
  url: `/api/users/${id}`,
  payload,
  headers: { 'if-match': '"1"' },
});

/** Each action on an account with `roles` (id) as it stands at version 1. */
const actions: Record<string, (id: string, roles: Role[]) => Request> = {
  update: (id) => patch(id, { fullName: 'Tên Mới' }),
  'reset password': (id) => ({
    method: 'POST',
    url: `/api/users/${id}/reset-password`,
    payload: { password: 'MatKhauMoi123' },
  }),
  deactivate: (id) => patch(id, { active: false }),
  // Adds a role every admin may grant: only the roles already held decide.
  'change roles': (id, held) =>
    patch(id, { roles: [...held, held.includes('VIEWER') ? 'ORG_OFFICER' : 'VIEWER'] }),
  'end sessions': (id) => ({ method: 'POST', url: `/api/users/${id}/sessions/end` }),
};

const allowed = (actor: Role, target: Role) =>
  actor === 'SYSTEM_ADMIN' || (actor === 'UNIT_ADMIN' && target !== 'SYSTEM_ADMIN');

const cases = roles.flatMap((actor) =>
  roles.flatMap((target) => Object.keys(actions).map((action) => ({ actor, target, action }))),
);

describe('managing another account', () => {
  it.each(cases)('$actor → $target: $action', async ({ actor, target, action }) => {
    const user = await createUser(t.db, {
      unitId: ward.unit.id,
      roles: [target],
      organisationId: orgId,
    });
    const before = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    const res = await injectAs(t.app, actors.get(actor)!, actions[action]!(user.id, [target]));
    if (allowed(actor, target)) {
      expect(res.statusCode, res.body).toBeLessThan(300);
      return;
    }
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toEqual(before);
  });
});

describe('managing one’s own account', () => {
  const own = roles.flatMap((actor) => Object.keys(actions).map((action) => ({ actor, action })));
  it.each(own)('$actor: $action', async ({ actor, action }) => {
    const session = actors.get(actor)!;
    const { version } = await t.db.user.findUniqueOrThrow({ where: { id: session.userId } });
    const request = actions[action]!(session.userId, [actor]);
    const res = await injectAs(t.app, session, {
      ...request,
      headers: {
        ...request.headers,
        ...(request.method === 'PATCH' ? { 'if-match': `"${version}"` } : {}),
      },
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});

describe('a unit admin and a system admin of their ward', () => {
  it('cannot take the system admin over (the reported attack)', async () => {
    const quantri = actors.get('UNIT_ADMIN')!;
    const created = await injectAs(t.app, actors.get('SYSTEM_ADMIN')!, {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `qt${Date.now()}`,
        fullName: 'Quản Trị Tỉnh',
        roles: ['SYSTEM_ADMIN'],
        password: 'MatKhauBanDau1',
      },
    });
    expect(created.statusCode).toBe(201);
    const target = created.json<{ id: string; username: string }>();
    await login(t.app, target.username, 'MatKhauBanDau1');

    const reset = await injectAs(t.app, quantri, {
      method: 'POST',
      url: `/api/users/${target.id}/reset-password`,
      payload: { password: 'ChiemQuyen123' },
    });
    expect(reset.statusCode).toBe(403);
    const stolen = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: target.username, password: 'ChiemQuyen123' },
    });
    expect(stolen.statusCode).toBe(401);
    expect((await injectAs(t.app, quantri, patch(target.id, { active: false }))).statusCode).toBe(
      403,
    );
    expect(
      (await injectAs(t.app, quantri, patch(target.id, { roles: ['VIEWER'] }))).statusCode,
    ).toBe(403);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.active).toBe(true);
    expect(await t.db.session.count({ where: { userId: target.id, revokedAt: null } })).toBe(1);
  });
});

describe('ending a user’s sessions', () => {
  it('signs the account out everywhere and audits it', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    const first = await login(t.app, user.username, PASSWORD);
    const second = await login(t.app, user.username, PASSWORD);
    const res = await injectAs(t.app, actors.get('UNIT_ADMIN')!, {
      method: 'POST',
      url: `/api/users/${user.id}/sessions/end`,
    });
    expect(res.statusCode).toBe(204);
    for (const session of [first, second]) {
      const me = await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' });
      expect(me.statusCode).toBe(401);
    }
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'user.end_sessions', entityId: user.id },
    });
    expect(audit.actorId).toBe(actors.get('UNIT_ADMIN')!.userId);
    // The account itself is untouched: it signs in again.
    await login(t.app, user.username, PASSWORD);
  });
});
