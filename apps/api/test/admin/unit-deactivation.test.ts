// Deactivating a unit signs its users out at once and keeps them out; the province's
// administrators still read what the unit holds.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createUnit, createUser, createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp();
const province = await createUnit(t.db, { kind: 'PROVINCE' });
const provinceAdmin = await login(
  t.app,
  (await createUser(t.db, { unitId: province.id, roles: ['SYSTEM_ADMIN'] })).username,
  PASSWORD,
);

const setActive = async (unitId: string, active: boolean) => {
  const { version } = await t.db.adminUnit.findUniqueOrThrow({ where: { id: unitId } });
  return injectAs(t.app, provinceAdmin, {
    method: 'PATCH',
    url: `/api/units/${unitId}`,
    payload: { active },
    headers: { 'if-match': `"${version}"` },
  });
};

const attempt = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('deactivating a unit', () => {
  it('ends its users’ sessions at once and refuses their writes', async () => {
    const ward = await createWard(t.db);
    const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
    const officer = await login(t.app, ward.users.officer.username, PASSWORD);

    const res = await setActive(ward.unit.id, false);
    expect(res.statusCode, res.body).toBe(200);

    expect(
      (await injectAs(t.app, officer, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(401);
    const write = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { kind: 'OTHER', name: 'Tổ chức sau khi ngừng' },
    });
    expect(write.statusCode).toBe(401);
    expect(
      await t.db.organisation.count({
        where: { unitId: ward.unit.id, name: 'Tổ chức sau khi ngừng' },
      }),
    ).toBe(0);
    expect(
      await t.db.session.count({ where: { user: { unitId: ward.unit.id }, revokedAt: null } }),
    ).toBe(0);

    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'unit.deactivate', entityId: ward.unit.id },
    });
    expect(audit.changes).toMatchObject({ active: [true, false], endedSessions: 2 });
  });

  it('refuses sign-in with a clear message, but only after the password is right', async () => {
    const ward = await createWard(t.db);
    await setActive(ward.unit.id, false);
    const username = ward.users.viewer.username;

    const wrong = await attempt(username, 'sai-mat-khau');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');

    const right = await attempt(username, PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(right.json()).toMatchObject({
      code: 'UNIT_INACTIVE',
      title: 'Đơn vị của bạn đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên cấp tỉnh',
    });

    expect((await setActive(ward.unit.id, true)).statusCode).toBe(200);
    expect((await attempt(username, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a session opened meanwhile', async () => {
    const ward = await createWard(t.db);
    const viewer = await login(t.app, ward.users.viewer.username, PASSWORD);
    // As if the sign-in had raced the deactivation: the session row survives, the unit does not.
    await t.db.adminUnit.update({ where: { id: ward.unit.id }, data: { active: false } });
    expect((await injectAs(t.app, viewer, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(
      401,
    );
  });

  it('leaves the unit, its organisations, users and audit log readable to the province', async () => {
    const ward = await createWard(t.db);
    await setActive(ward.unit.id, false);
    const read = async (url: string) => {
      const res = await injectAs(t.app, provinceAdmin, { method: 'GET', url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return res.json<Record<string, unknown> & { items: { action: string }[] }>();
    };
    expect((await read(`/api/units/${ward.unit.id}`)).active).toBe(false);
    expect((await read(`/api/organisations?unitId=${ward.unit.id}`)).items).toHaveLength(3);
    expect((await read(`/api/users?unitId=${ward.unit.id}`)).items).toHaveLength(5);
    expect((await read(`/api/users/${ward.users.officer.id}`)).username).toBe(
      ward.users.officer.username,
    );
    const audit = await read(`/api/audit?unitId=${ward.unit.id}`);
    expect(audit.items.map((e) => e.action)).toContain('unit.deactivate');
  });
});
