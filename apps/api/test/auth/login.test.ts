import { describe, expect, it, vi } from 'vitest';
import * as password from '../../src/lib/password.ts';
import { buildTestApp, currentOtp, injectAs, login } from '../helpers/app.ts';
import { createWard, createUser, PASSWORD } from '../helpers/factories.ts';

// Spied on, not timed: the unknown-username path must verify a real argon2 hash as the known one
// does, so that its answer takes as long. Speed itself belongs in the benchmarks.
vi.mock('../../src/lib/password.ts', { spy: true });

const t = await buildTestApp();
const ward = await createWard(t.db);

const attempt = (
  username: string,
  password: string,
  headers: Record<string, string> = {},
  otp?: string,
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, otp },
    headers,
  });

describe('login', () => {
  it('opens a session and returns who I am and what I may do', async () => {
    const { username } = ward.users.unitAdmin;
    const res = await attempt(
      username.toUpperCase(),
      PASSWORD,
      {},
      await currentOtp(t.app, username),
    );
    expect(res.statusCode).toBe(200);
    const cookie = res.headers['set-cookie'];
    expect(String(cookie)).toMatch(/phoihop_session=.+HttpOnly; SameSite=Lax/);
    const me = res.json();
    expect(me.user.username).toBe(ward.users.unitAdmin.username);
    expect(me.unit.id).toBe(ward.unit.id);
    expect(me.permissions).toContain('user:manage');
    expect(me.csrfToken).toMatch(/.{20,}/);
  });

  it('refuses a wrong password with a Vietnamese problem', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    const res = await attempt(user.username, 'sai-mat-khau');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      title: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
  });

  it('answers an unknown user with the same shape, headers and the same hash work', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    const shapeOf = (res: Awaited<ReturnType<typeof attempt>>) => {
      const { requestId: _requestId, ...body } = res.json<Record<string, unknown>>();
      // Differ between any two requests: the date, the request id and the rate limit's state.
      const { date: _d, 'x-request-id': _i, ...headers } = res.headers;
      delete headers['x-ratelimit-remaining'];
      delete headers['x-ratelimit-reset'];
      return { status: res.statusCode, body, headers };
    };
    const verify = vi.mocked(password.verifyPassword);
    verify.mockClear();
    const known = await attempt(user.username, 'sai-mat-khau');
    expect(verify).toHaveBeenCalledTimes(1);
    const unknown = await attempt(`khong-${user.username}`, 'sai-mat-khau');
    expect(shapeOf(unknown)).toEqual(shapeOf(known));
    expect(known.json().meta).toBeUndefined();

    // Without the dummy hash an unknown name would skip argon2 and answer in about 1 ms.
    expect(verify).toHaveBeenCalledTimes(2);
    const [hashUsed, passwordTried] = verify.mock.calls[1] ?? [];
    expect(hashUsed).toBe(await password.dummyHash);
    expect(hashUsed).toMatch(/^\$argon2id\$/);
    expect(passwordTried).toBe('sai-mat-khau');
  });

  it('speaks English when asked', async () => {
    const res = await attempt('khong-ton-tai', 'x', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.json().title).toBe('Wrong username or password');
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    const res = await attempt(user.username, PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('refuses a login posted from another site', async () => {
    const res = await attempt(ward.users.viewer.username, PASSWORD, {
      origin: 'https://evil.example',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
  });
});

describe('session', () => {
  it('knows me from the cookie and forgets me after logout', async () => {
    const session = await login(t.app, ward.users.viewer.username, PASSWORD);
    const me = await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(ward.users.viewer.id);
    const out = await injectAs(t.app, session, { method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(204);
    const after = await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
  });

  it('expires after the idle time', async () => {
    const session = await login(t.app, ward.users.leader.username, PASSWORD);
    t.clock.advanceMinutes(t.config.session.idleMinutes - 5);
    expect(
      (await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(200);
    t.clock.advanceMinutes(t.config.session.idleMinutes + 1);
    expect(
      (await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(401);
  });

  it('expires at the absolute limit even when used all along', async () => {
    const session = await login(t.app, ward.users.leader.username, PASSWORD);
    const steps = Math.ceil((t.config.session.absoluteHours * 60) / 30) + 1;
    let status = 200;
    for (let i = 0; i < steps && status === 200; i++) {
      t.clock.advanceMinutes(30);
      status = (await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode;
    }
    expect(status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const session = await login(t.app, ward.users.viewer.username, PASSWORD);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/profile',
      headers: { cookie: session.cookie },
      payload: { locale: 'en' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
    const user = await t.db.user.findUniqueOrThrow({ where: { id: ward.users.viewer.id } });
    expect(user.locale).toBe('vi');
  });

  it('ends the session of a user who is deactivated', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    const session = await login(t.app, user.username, PASSWORD);
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(
      (await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(401);
  });
});

describe('change password', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    const here = await login(t.app, user.username, PASSWORD);
    const elsewhere = await login(t.app, user.username, PASSWORD);
    const wrong = await injectAs(t.app, here, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'sai', newPassword: 'MatKhauMoi2026' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    const ok = await injectAs(t.app, here, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword: 'MatKhauMoi2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await injectAs(t.app, here, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(
      200,
    );
    expect(
      (await injectAs(t.app, elsewhere, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(401);
    await expect(login(t.app, user.username, 'MatKhauMoi2026')).resolves.toBeDefined();
  });

  it.each([
    'password123',
    'qwerty12345',
    'aaaaaaaaa1',
    'password1234',
    'qwerty123456',
    'aaaaaaaaaaa1',
    'x'.repeat(129),
  ])('refuses the short, long or common new password %s', async (newPassword) => {
    const session = await login(t.app, ward.users.viewer.username, PASSWORD);
    const res = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'newPassword', message: expect.any(String) }]);
  });

  it("refuses a new password holding the username or the unit's name", async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    const session = await login(t.app, user.username, PASSWORD);
    const unitWord = ward.unit.name.replace('Phường ', '');
    for (const [newPassword, message] of [
      [`${user.username.toUpperCase()}-Lua-2026`, 'Mật khẩu không được chứa tên đăng nhập'],
      [`Xanh-${unitWord}-Lua-2026`, 'Mật khẩu không được chứa tên đơn vị'],
    ]) {
      const res = await injectAs(t.app, session, {
        method: 'POST',
        url: '/api/auth/change-password',
        payload: { currentPassword: PASSWORD, newPassword },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'newPassword', message }]);
    }
  });

  it('refuses a weak new password with field errors', async () => {
    const session = await login(t.app, ward.users.viewer.username, PASSWORD);
    const res = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword: 'ngan' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('newPassword');
  });
});

describe('profile', () => {
  it('stores the language choice', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });
    const session = await login(t.app, user.username, PASSWORD);
    const res = await injectAs(t.app, session, {
      method: 'PATCH',
      url: '/api/auth/profile',
      payload: { locale: 'en' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.locale).toBe('en');
  });
});
