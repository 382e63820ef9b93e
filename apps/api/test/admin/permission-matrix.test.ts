// Each role × each admin action: allowed, or refused with 403 problem+json (404 across units).
import { describe, expect, it } from 'vitest';
import type { Role } from '@phoihop/shared/roles';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createOrganisation, createUnit, createUser, createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const province = await createUnit(t.db, { kind: 'PROVINCE' });

const roles: Role[] = ['SYSTEM_ADMIN', 'UNIT_ADMIN', 'ORG_LEADER', 'ORG_OFFICER', 'VIEWER'];
const sessions = new Map<Role, Session>();
const usernames: Record<Role, string> = {
  SYSTEM_ADMIN: ward.users.systemAdmin.username,
  UNIT_ADMIN: ward.users.unitAdmin.username,
  ORG_LEADER: ward.users.leader.username,
  ORG_OFFICER: ward.users.officer.username,
  VIEWER: ward.users.viewer.username,
};
for (const role of roles) sessions.set(role, await login(t.app, usernames[role], PASSWORD));

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

interface Case {
  name: string;
  allowed: Role[];
  request: () => Promise<{ method: string; url: string; payload?: object; headers?: Record<string, string> }>;
}

const target = async () => createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
const org = async () => createOrganisation(t.db, ward.unit.id);

const cases: Case[] = [
  { name: 'list units', allowed: roles, request: async () => ({ method: 'GET', url: '/api/units' }) },
  {
    name: 'create unit',
    allowed: ['SYSTEM_ADMIN'],
    request: async () => ({
      method: 'POST',
      url: '/api/units',
      payload: { code: `X${unique()}`, name: 'Phường Mới', kind: 'WARD', parentId: province.id },
    }),
  },
  {
    name: 'update unit',
    allowed: ['SYSTEM_ADMIN'],
    request: async () => {
      const { version } = await t.db.adminUnit.findUniqueOrThrow({ where: { id: ward.unit.id } });
      return {
        method: 'PATCH',
        url: `/api/units/${ward.unit.id}`,
        payload: { name: `Phường ${unique()}` },
        headers: { 'if-match': `"${version}"` },
      };
    },
  },
  { name: 'list organisations', allowed: roles, request: async () => ({ method: 'GET', url: '/api/organisations' }) },
  {
    name: 'create organisation',
    allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'],
    request: async () => ({
      method: 'POST',
      url: '/api/organisations',
      payload: { kind: 'OTHER', name: `Tổ chức ${unique()}` },
    }),
  },
  {
    name: 'update organisation',
    allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'],
    request: async () => {
      const o = await org();
      return { method: 'PATCH', url: `/api/organisations/${o.id}`, payload: { active: false }, headers: { 'if-match': '1' } };
    },
  },
  { name: 'list users', allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'], request: async () => ({ method: 'GET', url: '/api/users' }) },
  {
    name: 'read a user',
    allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'],
    request: async () => ({ method: 'GET', url: `/api/users/${(await target()).id}` }),
  },
  {
    name: 'create user',
    allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'],
    request: async () => ({
      method: 'POST',
      url: '/api/users',
      payload: { username: `nv${unique()}`, fullName: 'Nhân Viên', roles: ['VIEWER'], password: 'Cay-Lua-Xanh-2026' },
    }),
  },
  {
    name: 'deactivate user',
    allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'],
    request: async () => ({
      method: 'PATCH',
      url: `/api/users/${(await target()).id}`,
      payload: { active: false },
      headers: { 'if-match': '"1"' },
    }),
  },
  {
    name: 'reset password',
    allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'],
    request: async () => ({
      method: 'POST',
      url: `/api/users/${(await target()).id}/reset-password`,
      payload: { password: 'MatKhauMoi123' },
    }),
  },
  {
    name: 'grant system admin',
    allowed: ['SYSTEM_ADMIN'],
    request: async () => ({
      method: 'PATCH',
      url: `/api/users/${(await target()).id}`,
      payload: { roles: ['SYSTEM_ADMIN'] },
      headers: { 'if-match': '"1"' },
    }),
  },
  { name: 'read audit log', allowed: ['SYSTEM_ADMIN', 'UNIT_ADMIN'], request: async () => ({ method: 'GET', url: '/api/audit' }) },
];

describe.each(cases)('$name', ({ allowed, request }) => {
  it.each(roles)('as %s', async (role) => {
    const res = await injectAs(t.app, sessions.get(role)!, await request());
    if (allowed.includes(role)) {
      expect(res.statusCode, res.body).toBeLessThan(300);
    } else {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });
});

describe('other units', () => {
  it('hides another unit’s users and organisations from a unit admin (404, not 403)', async () => {
    const other = await createUnit(t.db);
    const stranger = await createUser(t.db, { unitId: other.id, roles: ['VIEWER'] });
    const theirOrg = await createOrganisation(t.db, other.id);
    const admin = sessions.get('UNIT_ADMIN')!;
    expect((await injectAs(t.app, admin, { method: 'GET', url: `/api/users/${stranger.id}` })).statusCode).toBe(404);
    expect((await injectAs(t.app, admin, { method: 'GET', url: `/api/organisations/${theirOrg.id}` })).statusCode).toBe(404);
    const patch = await injectAs(t.app, admin, {
      method: 'PATCH',
      url: `/api/users/${stranger.id}`,
      payload: { active: false },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.statusCode).toBe(404);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: stranger.id } })).active).toBe(true);
  });

  it('refuses listing another unit’s users', async () => {
    const other = await createUnit(t.db);
    const res = await injectAs(t.app, sessions.get('UNIT_ADMIN')!, { method: 'GET', url: `/api/users?unitId=${other.id}` });
    expect(res.statusCode).toBe(403);
  });

  it('lets a system admin manage any unit', async () => {
    const other = await createUnit(t.db);
    const res = await injectAs(t.app, sessions.get('SYSTEM_ADMIN')!, {
      method: 'POST',
      url: '/api/organisations',
      payload: { unitId: other.id, kind: 'YOUTH_UNION', name: 'Đoàn Thanh niên' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().unitId).toBe(other.id);
  });

  it('refuses a unit admin managing their own account', async () => {
    const admin = sessions.get('UNIT_ADMIN')!;
    const res = await injectAs(t.app, admin, {
      method: 'PATCH',
      url: `/api/users/${admin.userId}`,
      payload: { active: false },
      headers: { 'if-match': '"1"' },
    });
    expect(res.statusCode).toBe(403);
  });
});
