// Validation writes nothing; versions guard concurrent edits; every write leaves an audit row.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createOrganisation, createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);

describe('validation', () => {
  it('answers a malformed body with 400 field errors and writes nothing', async () => {
    const before = await t.db.user.count();
    const auditBefore = await t.db.auditLog.count();
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'Có Dấu', fullName: '   ', roles: ['KING'], password: '123' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'fullName', 'roles.0', 'password']));
    expect(await t.db.user.count()).toBe(before);
    expect(await t.db.auditLog.count()).toBe(auditBefore);
  });

  it('rejects malformed JSON as a problem', async () => {
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BAD_REQUEST');
  });

  it('refuses a duplicate username with a field error', async () => {
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: ward.users.viewer.username, fullName: 'Trùng', roles: ['VIEWER'], password: 'Cay-Lua-Xanh-2026' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DUPLICATE', errors: [{ path: 'username' }] });
  });

  it('requires an organisation for staff roles', async () => {
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'canbo-moi', fullName: 'Cán Bộ', roles: ['ORG_OFFICER'], password: 'Cay-Lua-Xanh-2026' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('organisationId');
  });

  it('normalises Vietnamese text to NFC', async () => {
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { kind: 'OTHER', name: 'Hô\u0323i Khuyê\u0301n ho\u0323c' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('Hội Khuyến học');
  });
});

describe('versions', () => {
  it('needs If-Match, refuses a stale version with 409 and accepts the current one', async () => {
    const org = await createOrganisation(t.db, ward.unit.id);
    const url = `/api/organisations/${org.id}`;
    const missing = await injectAs(t.app, admin, { method: 'PATCH', url, payload: { shortName: 'A' } });
    expect(missing.statusCode).toBe(428);

    const first = await injectAs(t.app, admin, { method: 'PATCH', url, payload: { shortName: 'A' }, headers: { 'if-match': '"1"' } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    expect(first.headers.etag).toBe('"2"');

    const stale = await injectAs(t.app, admin, { method: 'PATCH', url, payload: { shortName: 'B' }, headers: { 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: org.id } })).shortName).toBe('A');
  });
});

describe('audit log', () => {
  it('records who changed what, and the log cannot be rewritten', async () => {
    const created = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'nhanvien-audit', fullName: 'Nhân Viên', roles: ['VIEWER'], password: 'Cay-Lua-Xanh-2026' },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    const updated = await injectAs(t.app, admin, {
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { fullName: 'Nhân Viên Mới', active: false },
      headers: { 'if-match': `"${user.version}"` },
    });
    expect(updated.statusCode).toBe(200);

    const log = await injectAs(t.app, admin, { method: 'GET', url: `/api/audit?entityType=User&entityId=${user.id}` });
    const entries = log.json().items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['user.deactivate', 'user.create']);
    expect(entries[0].actorId).toBe(admin.userId);
    expect(entries[0].changes).toEqual({ fullName: ['Nhân Viên', 'Nhân Viên Mới'], active: [true, false] });
    expect(JSON.stringify(entries)).not.toContain('Cay-Lua-Xanh-2026');

    await expect(t.db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it('forces a new password on reset, refusing a guessable one or the username', async () => {
    const created = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'can-doi', fullName: 'Cần Đổi', roles: ['VIEWER'], password: 'Cay-Lua-Xanh-2026' },
    });
    const id = created.json().id;
    const resetTo = (password: string) =>
      injectAs(t.app, admin, { method: 'POST', url: `/api/users/${id}/reset-password`, payload: { password } });
    for (const weak of ['password1234', 'Can-Doi-2026-Xanh']) {
      const refused = await resetTo(weak);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].path).toBe('password');
    }
    expect((await resetTo('MatKhauMoi123')).statusCode).toBe(204);
    const session = await login(t.app, 'can-doi', 'MatKhauMoi123');
    const me = await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.mustChangePassword).toBe(true);
  });

  it('refuses a common password or the unit name for a new user, creating nothing', async () => {
    for (const password of ['qwerty123456', `${ward.unit.name} 2026!`]) {
      const res = await injectAs(t.app, admin, {
        method: 'POST',
        url: '/api/users',
        payload: { username: 'mat-khau-yeu', fullName: 'Yếu', roles: ['VIEWER'], password },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'password', message: expect.any(String) }]);
    }
    expect(await t.db.user.count({ where: { username: 'mat-khau-yeu' } })).toBe(0);
  });

});
