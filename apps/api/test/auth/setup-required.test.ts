// An account with a temporary password (new, or reset by an admin) may only read who it is,
// change the password and sign out until it has changed it.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);

/** A fresh account, reset by the admin to a temporary password, signed in with it. */
async function resetAccount(): Promise<{ session: Session; username: string }> {
  const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
  const reset = await injectAs(t.app, admin, {
    method: 'POST',
    url: `/api/users/${user.id}/reset-password`,
    payload: { password: 'TamThoi12345' },
  });
  expect(reset.statusCode).toBe(204);
  return { session: await login(t.app, user.username, 'TamThoi12345'), username: user.username };
}

describe('a temporary password', () => {
  it('allows only me, change password and sign-out until it is changed', async () => {
    const { session } = await resetAccount();
    const me = await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mustChangePassword).toBe(true);

    for (const request of [
      { method: 'GET', url: '/api/plans' },
      { method: 'GET', url: '/api/notifications' },
      { method: 'GET', url: `/api/users/${session.userId}` },
    ]) {
      const res = await injectAs(t.app, session, request);
      expect(res.statusCode, request.url).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json()).toMatchObject({
        code: 'PASSWORD_CHANGE_REQUIRED',
        title: 'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục',
      });
    }

    const changed = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'TamThoi12345', newPassword: 'MatKhauRieng123' },
    });
    expect(changed.statusCode).toBe(204);
    const plans = await injectAs(t.app, session, { method: 'GET', url: '/api/plans' });
    expect(plans.statusCode, plans.body).toBe(200);
  });

  it('keeps even the saved language closed, and still lets the account sign out', async () => {
    const { session } = await resetAccount();
    const profile = await injectAs(t.app, session, {
      method: 'PATCH',
      url: '/api/auth/profile',
      payload: { locale: 'en' },
    });
    expect(profile.statusCode).toBe(403);
    expect(profile.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    const logout = await injectAs(t.app, session, { method: 'POST', url: '/api/auth/logout' });
    expect(logout.statusCode).toBe(204);
  });

  it('applies to an account just created with the password its admin chose', async () => {
    const created = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'moi-tao',
        fullName: 'Mới Tạo',
        roles: ['VIEWER'],
        password: 'BanDau-Lua-2026',
      },
    });
    expect(created.statusCode).toBe(201);
    const session = await login(t.app, 'moi-tao', 'BanDau-Lua-2026');
    const res = await injectAs(t.app, session, { method: 'GET', url: '/api/organisations' });
    expect(res.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
