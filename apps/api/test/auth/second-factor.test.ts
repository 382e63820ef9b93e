// The second factor (TOTP, recovery codes) at sign-in, its enrolment, and an admin's reset.
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD, TOTP_SECRET } from '../helpers/factories.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);

/** The code of `secret` at the app's clock, `steps` periods of 30 s away. */
const codeOf = (secret: string, steps = 0) =>
  generate({ secret, epoch: Math.floor(t.clock.now.getTime() / 1000) + steps * 30 });

const attempt = (username: string, extra: Record<string, string> = {}, password = PASSWORD) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, ...extra },
  });

const sessionOf = (res: Awaited<ReturnType<typeof attempt>>): Session => {
  const cookie = res.cookies.find((c) => c.name === 'phoihop_session')!;
  const me = res.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie: `${cookie.name}=${cookie.value}`, csrfToken: me.csrfToken, userId: me.user.id };
};

const auditOf = (userId: string, action: string) =>
  t.db.auditLog.findMany({ where: { entityId: userId, action } });

const officerWithoutFactor = () =>
  createUser(t.db, {
    unitId: ward.unit.id,
    roles: ['ORG_OFFICER'],
    organisationId: ward.organisations.women.id,
    secondFactor: false,
  });

/** Signs in an account that must enrol, enrols it and returns its key, codes and session. */
async function enrol() {
  const user = await officerWithoutFactor();
  const session = sessionOf(await attempt(user.username));
  const setup = (
    await injectAs(t.app, session, { method: 'POST', url: '/api/auth/second-factor/setup' })
  ).json<{ secret: string }>();
  const confirm = await injectAs(t.app, session, {
    method: 'POST',
    url: '/api/auth/second-factor/confirm',
    payload: { otp: await codeOf(setup.secret) },
  });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return { user, session, secret: setup.secret, codes: confirm.json<{ codes: string[] }>().codes };
}

describe('signing in with a second factor', () => {
  it('asks an enrolled account for its code, then accepts the current one', async () => {
    const admin = ward.users.unitAdmin;
    const missing = await attempt(admin.username);
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ code: 'MFA_REQUIRED' });
    expect(missing.cookies.find((c) => c.name === 'phoihop_session')).toBeUndefined();

    const res = await attempt(admin.username, { otp: await codeOf(TOTP_SECRET) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().secondFactor).toEqual({ required: true, enrolled: true });
    const session = await t.db.session.findFirstOrThrow({
      where: { userId: admin.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(session.secondFactorAt).not.toBeNull();
  });

  it('refuses a code used once already, as a failed sign-in that is audited', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['UNIT_ADMIN'] });
    const otp = await codeOf(TOTP_SECRET);
    expect((await attempt(user.username, { otp })).statusCode).toBe(200);
    const replay = await attempt(user.username, { otp });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'MFA_INVALID_CODE' });
    // Counted by the sign-in throttle like a wrong password.
    const failed = await auditOf(user.id, 'auth.login_failed');
    expect(failed.map((r) => r.changes)).toEqual([
      expect.objectContaining({ reason: 'second_factor' }),
    ]);
    expect(await auditOf(user.id, 'auth.second_factor_failed')).toHaveLength(1);
    // The next step's code is a new one.
    expect((await attempt(user.username, { otp: await codeOf(TOTP_SECRET, 1) })).statusCode).toBe(
      200,
    );
  });

  it('throttles wrong codes like wrong passwords, even against the right code', async () => {
    const user = await createUser(t.db, { unitId: ward.unit.id, roles: ['UNIT_ADMIN'] });
    for (let i = 0; i <= t.config.login.freeFailures; i++)
      expect((await attempt(user.username, { otp: '000000' })).statusCode).toBe(401);
    const right = await attempt(user.username, { otp: await codeOf(TOTP_SECRET) });
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('LOGIN_THROTTLED');
  });

  it('checks the password first: a right code with a wrong password is refused', async () => {
    const res = await attempt(
      ward.users.leader.username,
      { otp: await codeOf(TOTP_SECRET, -1) },
      'sai-mat-khau',
    );
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('lets an account without a factor that may go without one in with its password alone', async () => {
    const res = await attempt(ward.users.viewer.username);
    expect(res.statusCode).toBe(200);
    expect(res.json().secondFactor).toEqual({ required: false, enrolled: false });
    expect(
      (await injectAs(t.app, sessionOf(res), { method: 'GET', url: '/api/organisations' }))
        .statusCode,
    ).toBe(200);
  });

  it('validates the code field: six digits', async () => {
    const res = await attempt(ward.users.unitAdmin.username, { otp: '12ab' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('enrolment', () => {
  it('keeps an account that must enrol to the set-up routes until it does', async () => {
    const user = await officerWithoutFactor();
    const res = await attempt(user.username);
    expect(res.statusCode).toBe(200);
    expect(res.json().secondFactor).toEqual({ required: true, enrolled: false });
    const session = sessionOf(res);
    const blocked = await injectAs(t.app, session, { method: 'GET', url: '/api/organisations' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('MFA_ENROLMENT_REQUIRED');
    expect(
      (await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(200);
    // A first password change comes before enrolment in the SPA: it is a set-up route too.
    const changed = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword: 'MatKhauMoi2026' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect(
      (await injectAs(t.app, session, { method: 'GET', url: '/api/auth/second-factor' })).json(),
    ).toMatchObject({
      required: true,
      enrolled: false,
    });

    const setup = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/second-factor/setup',
    });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrCodeSvg } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Ph%E1%BB%91i%20h%E1%BB%A3p:${user.username}?secret=${secret}&issuer=Ph%E1%BB%91i%20h%E1%BB%A3p`,
    );
    expect(qrCodeSvg).toMatch(/^<svg/);

    const wrong = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/second-factor/confirm',
      payload: { otp: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(await auditOf(user.id, 'auth.second_factor_failed')).toHaveLength(1);

    const confirm = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/second-factor/confirm',
      payload: { otp: await codeOf(secret) },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const { codes } = confirm.json<{ codes: string[] }>();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    // Only hashes are kept.
    const stored = await t.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);

    // The same session goes on, now past the second factor.
    expect(
      (await injectAs(t.app, session, { method: 'GET', url: '/api/organisations' })).statusCode,
    ).toBe(200);
    expect(await auditOf(user.id, 'auth.second_factor_setup')).toHaveLength(1);
    expect(await auditOf(user.id, 'auth.second_factor_enrolled')).toHaveLength(1);
    // A key is not handed out again.
    expect(
      (await injectAs(t.app, session, { method: 'POST', url: '/api/auth/second-factor/setup' }))
        .statusCode,
    ).toBe(409);
  });

  it('refuses the code that confirmed the key at the next sign-in (no replay)', async () => {
    const { user, secret } = await enrol();
    expect((await attempt(user.username, { otp: await codeOf(secret) })).json().code).toBe(
      'MFA_INVALID_CODE',
    );
    expect((await attempt(user.username, { otp: await codeOf(secret, 1) })).statusCode).toBe(200);
  });

  it('stores the key sealed when SECOND_FACTOR_KEY is set, and still checks codes', async () => {
    const sealed = await buildTestApp({
      SECOND_FACTOR_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    const w = await createWard(sealed.db);
    const user = await createUser(sealed.db, {
      unitId: w.unit.id,
      roles: ['UNIT_ADMIN'],
      secondFactor: false,
    });
    const session = await login(sealed.app, user.username, PASSWORD);
    const { secret } = (
      await injectAs(sealed.app, session, { method: 'POST', url: '/api/auth/second-factor/setup' })
    ).json();
    const row = await sealed.db.secondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secret.startsWith('v1.')).toBe(true);
    expect(row.secret).not.toContain(secret);
    const epoch = Math.floor(sealed.clock.now.getTime() / 1000);
    const confirm = await injectAs(sealed.app, session, {
      method: 'POST',
      url: '/api/auth/second-factor/confirm',
      payload: { otp: await generate({ secret, epoch }) },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
  });
});

describe('recovery codes', () => {
  it('signs in with a recovery code once; the same code is refused the second time', async () => {
    const { user, codes } = await enrol();
    const first = await attempt(user.username, { recoveryCode: codes[3]!.toUpperCase() });
    expect(first.statusCode, first.body).toBe(200);
    expect(await auditOf(user.id, 'auth.recovery_code_used')).toHaveLength(1);
    const again = await attempt(user.username, { recoveryCode: codes[3]! });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('MFA_INVALID_CODE');
    const status = await injectAs(t.app, sessionOf(first), {
      method: 'GET',
      url: '/api/auth/second-factor',
    });
    expect(status.json()).toMatchObject({ enrolled: true, recoveryCodesLeft: 9 });
  });

  it('regenerates the codes with a current code only; the old ones stop working', async () => {
    const { user, session, secret, codes } = await enrol();
    const url = '/api/auth/second-factor/recovery-codes';
    const wrong = await injectAs(t.app, session, {
      method: 'POST',
      url,
      payload: { otp: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    const res = await injectAs(t.app, session, {
      method: 'POST',
      url,
      payload: { otp: await codeOf(secret, 1) },
    });
    expect(res.statusCode, res.body).toBe(200);
    const fresh = res.json<{ codes: string[] }>().codes;
    expect(fresh).toHaveLength(10);
    expect((await attempt(user.username, { recoveryCode: codes[0]! })).statusCode).toBe(401);
    expect((await attempt(user.username, { recoveryCode: fresh[0]! })).statusCode).toBe(200);
    expect(await auditOf(user.id, 'auth.recovery_codes_regenerated')).toHaveLength(1);
  });
});

describe('turning the factor off', () => {
  it('lets an optional account turn it off with a code, never one that requires it', async () => {
    const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
    const refused = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/auth/second-factor/disable',
      payload: { otp: await codeOf(TOTP_SECRET, 1) },
    });
    expect(refused.statusCode).toBe(403);

    const viewer = await createUser(t.db, {
      unitId: ward.unit.id,
      roles: ['VIEWER'],
      secondFactor: true,
    });
    expect((await attempt(viewer.username)).json().code).toBe('MFA_REQUIRED');
    const session = await login(t.app, viewer.username, PASSWORD);
    const off = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/auth/second-factor/disable',
      payload: { otp: await codeOf(TOTP_SECRET, 1) },
    });
    expect(off.statusCode, off.body).toBe(204);
    expect((await attempt(viewer.username)).statusCode).toBe(200);
    expect(await auditOf(viewer.id, 'auth.second_factor_disabled')).toHaveLength(1);
  });
});

describe("an administrator's reset", () => {
  it('removes the factor, ends the sessions and sends the user back to enrolment', async () => {
    const { user, session } = await enrol();
    const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/users/${user.id}/second-factor/reset`,
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(
      (await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(401);
    expect(await t.db.secondFactor.findUnique({ where: { userId: user.id } })).toBeNull();
    expect(await t.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const [row] = await auditOf(user.id, 'user.second_factor_reset');
    expect(row).toMatchObject({ actorId: ward.users.unitAdmin.id, unitId: ward.unit.id });

    const again = await attempt(user.username);
    expect(again.statusCode).toBe(200);
    expect(again.json().secondFactor).toEqual({ required: true, enrolled: false });
  });

  it('is refused to those who do not manage users, for oneself and across units', async () => {
    const target = await createUser(t.db, {
      unitId: ward.unit.id,
      roles: ['ORG_OFFICER'],
      organisationId: ward.organisations.women.id,
    });
    const url = `/api/users/${target.id}/second-factor/reset`;
    const leader = await login(t.app, ward.users.leader.username, PASSWORD);
    expect((await injectAs(t.app, leader, { method: 'POST', url })).statusCode).toBe(403);

    const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
    const self = `/api/users/${ward.users.unitAdmin.id}/second-factor/reset`;
    expect((await injectAs(t.app, admin, { method: 'POST', url: self })).statusCode).toBe(403);

    const other = await createWard(t.db);
    const stranger = await login(t.app, other.users.unitAdmin.username, PASSWORD);
    expect((await injectAs(t.app, stranger, { method: 'POST', url })).statusCode).toBe(404);
    expect(await t.db.secondFactor.findUnique({ where: { userId: target.id } })).not.toBeNull();
  });
});
