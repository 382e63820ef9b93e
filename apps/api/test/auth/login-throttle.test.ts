// Behind a proxy (TRUST_PROXY): the source address comes from X-Forwarded-For.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp({ TRUST_PROXY: 'true' });
const ward = await createWard(t.db);
let lastOctet = 10;
/** A fresh source address per test, so their counts never mix. */
const newAddress = () => `203.0.113.${lastOctet++}`;

const attempt = (username: string, password: string, address: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: { 'x-forwarded-for': address },
  });
const seconds = (n: number) => t.clock.advanceMinutes(n / 60);
const newViewer = () => createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'] });

describe('login throttling by account and address', () => {
  it('slows then stops the guessing address while the owner signs in from another', async () => {
    const user = await newViewer();
    const attacker = newAddress();
    const owner = newAddress();
    for (let i = 1; i <= t.config.login.freeFailures + 1; i++) {
      expect((await attempt(user.username, `sai-${i}`, attacker)).statusCode).toBe(401);
    }
    // Past the free failures, each one earns a wait that doubles: 1 s, 2 s, 4 s…
    const stopped = await attempt(user.username, PASSWORD, attacker);
    expect(stopped.statusCode).toBe(429);
    expect(stopped.headers['retry-after']).toBe('1');
    expect(stopped.json()).toMatchObject({
      code: 'LOGIN_THROTTLED',
      meta: { retryAfterSeconds: 1 },
    });
    expect(stopped.json().detail).toMatch(/thử lại sau 1 giây/);
    expect((await attempt(user.username, PASSWORD, owner)).statusCode).toBe(200);

    let wait = Number(stopped.headers['retry-after']);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      seconds(wait + 1);
      expect((await attempt(user.username, 'sai-tiep', attacker)).statusCode).toBe(401);
      const refused = await attempt(user.username, PASSWORD, attacker);
      expect(refused.statusCode).toBe(429);
      wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      expect((await attempt(user.username, PASSWORD, owner)).statusCode).toBe(200);
    }
    expect(waits.slice(0, 4)).toEqual([2, 4, 8, 16]);
    // Capped: stopped for LOGIN_MAX_DELAY_MINUTES at a time, never for ever.
    expect(Math.max(...waits)).toBe(t.config.login.maxDelayMinutes * 60);
    seconds(t.config.login.maxDelayMinutes * 60 + 1);
    expect((await attempt(user.username, PASSWORD, attacker)).statusCode).toBe(200);
  });

  it('forgets failures after a quiet day', async () => {
    const user = await newViewer();
    const address = newAddress();
    const free = t.config.login.freeFailures;
    for (let i = 0; i < free; i++) await attempt(user.username, 'sai', address);
    t.clock.advanceMinutes(25 * 60);
    for (let i = 0; i < free; i++) {
      expect((await attempt(user.username, 'sai', address)).statusCode).toBe(401);
    }
    expect((await attempt(user.username, PASSWORD, address)).statusCode).toBe(200);
    t.clock.advanceMinutes(25 * 60);
    await attempt('ai-do-khac', 'sai', newAddress());
    // Rows quiet for a day are swept as later failures come, so the table stays small.
    const stale = await t.db.loginThrottle.count({ where: { account: user.id } });
    expect(stale).toBe(0);
  });

  it('audits failures and refusals by id, without the password', async () => {
    const user = await newViewer();
    const address = newAddress();
    for (let i = 0; i <= t.config.login.freeFailures; i++) {
      await attempt(user.username, 'mat-khau-bi-lo', address);
    }
    await attempt(user.username, 'mat-khau-bi-lo', address);
    const rows = await t.db.auditLog.findMany({
      where: { entityId: user.id },
      orderBy: { id: 'asc' },
    });
    const failed = rows.filter((r) => r.action === 'auth.login_failed');
    expect(failed).toHaveLength(t.config.login.freeFailures + 1);
    expect(failed.at(-1)).toMatchObject({
      unitId: ward.unit.id,
      ip: address,
      changes: { reason: 'password', failures: t.config.login.freeFailures + 1, delaySeconds: 1 },
    });
    expect(rows.filter((r) => r.action === 'auth.login_throttled')).toHaveLength(1);
    expect(JSON.stringify(rows.map((r) => r.changes))).not.toContain('mat-khau-bi-lo');
  });

  it('throttles an unknown username the same way, auditing only a hash of it', async () => {
    const address = newAddress();
    const ghost = 'khong-ai-ca-2026';
    const answers = [];
    for (let i = 0; i <= t.config.login.freeFailures + 1; i++)
      answers.push(await attempt(ghost, 'x', address));
    expect(answers.map((r) => r.statusCode)).toEqual([
      ...Array<number>(t.config.login.freeFailures + 1).fill(401),
      429,
    ]);
    expect(answers.at(-1)?.headers['retry-after']).toBe('1');
    const rows = await t.db.auditLog.findMany({ where: { ip: address }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.action)).toContain('auth.login_throttled');
    expect(rows.every((r) => r.entityId === null)).toBe(true);
    expect(rows[0]?.changes).toMatchObject({
      usernameHash: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(JSON.stringify(rows.map((r) => r.changes))).not.toContain(ghost);
  });

  it('slows an address that tries many accounts, not the others', async () => {
    const sprayer = newAddress();
    for (let i = 0; i < t.config.login.freeFailuresPerAddress + 1; i++) {
      expect((await attempt(`khong-co-${i}`, 'x', sprayer)).statusCode).toBe(401);
    }
    const user = await newViewer();
    expect((await attempt(user.username, PASSWORD, sprayer)).statusCode).toBe(429);
    expect((await attempt(user.username, PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('tells the owner and the unit admin once of repeated failures from anywhere', async () => {
    const user = await newViewer();
    for (let i = 0; i < t.config.login.notifyFailures + 3; i++) {
      await attempt(user.username, `sai-${i}`, newAddress());
    }
    const notices = await t.db.notification.findMany({
      where: { kind: 'security.login_failures' },
    });
    const forOwner = notices.filter((n) => n.userId === user.id);
    const forAdmin = notices.filter(
      (n) => n.userId === ward.users.unitAdmin.id && n.title.includes(user.username),
    );
    expect(forOwner).toHaveLength(1);
    expect(forAdmin).toHaveLength(1);
    const audit = await t.db.auditLog.count({
      where: { action: 'auth.failures_notified', entityId: user.id },
    });
    expect(audit).toBe(1);
    // Spread over many addresses, none was slowed: the owner is never locked out.
    expect((await attempt(user.username, PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('throttles guessing the current password when changing it', async () => {
    const user = await newViewer();
    const address = newAddress();
    const res = await attempt(user.username, PASSWORD, address);
    const cookie = res.cookies.find((c) => c.name === 'phoihop_session');
    const session = {
      cookie: `phoihop_session=${cookie?.value ?? ''}`,
      csrfToken: res.json<{ csrfToken: string }>().csrfToken,
      userId: user.id,
    };
    const change = (currentPassword: string) =>
      injectAs(t.app, session, {
        method: 'POST',
        url: '/api/auth/change-password',
        headers: { 'x-forwarded-for': address },
        payload: { currentPassword, newPassword: 'Cay-Lua-Xanh-Mua-2026' },
      });
    for (let i = 0; i <= t.config.login.freeFailures; i++) {
      expect((await change(`doan-${i}`)).statusCode).toBe(400);
    }
    const failed = await t.db.auditLog.findFirst({
      where: { action: 'auth.login_failed', entityId: user.id },
    });
    expect(failed).toMatchObject({ actorId: user.id, changes: { reason: 'current_password' } });
    const refused = await change(PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('LOGIN_THROTTLED');
    expect(refused.headers['retry-after']).toBe('1');
    seconds(2);
    expect((await change(PASSWORD)).statusCode).toBe(204);
  });
});

describe('login rate limit', () => {
  it('is shared by several API processes through the database', async () => {
    const env = { TRUST_PROXY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '3' };
    const one = await buildTestApp(env, { url: t.databaseUrl });
    const two = await buildTestApp(env, { url: t.databaseUrl });
    const address = newAddress();
    const post = (app: typeof one.app) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ai-do', password: 'x' },
        headers: { 'x-forwarded-for': address },
      });
    const codes = [
      await post(one.app),
      await post(two.app),
      await post(one.app),
      await post(two.app),
    ];
    expect(codes.map((r) => r.statusCode)).toEqual([401, 401, 401, 429]);
    expect(codes[3]?.json().code).toBe('RATE_LIMITED');
    expect(Number(codes[3]?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
