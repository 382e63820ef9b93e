import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);

describe('platform', () => {
  it('reports liveness and readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document generated from the shared schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/users/{id}']).toBeDefined();
    expect(doc.paths['/api/auth/login'].post.requestBody).toBeDefined();
  });

  it('answers unknown API paths with a problem, and echoes a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co', headers: { 'x-request-id': 'abc-123' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', requestId: 'abc-123' });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('requires a session for the private API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('notifications', () => {
  it('lists my notifications, counts unread and marks them read', async () => {
    const me = ward.users.officer;
    for (const title of ['Nhiệm vụ mới', 'Sắp đến hạn']) {
      await t.db.notification.create({ data: { unitId: ward.unit.id, userId: me.id, kind: 'task', title } });
    }
    await t.db.notification.create({ data: { unitId: ward.unit.id, userId: ward.users.viewer.id, kind: 'task', title: 'Của người khác' } });
    const session = await login(t.app, me.username, PASSWORD);
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ unread: 2 });
    const list = (await injectAs(t.app, session, { method: 'GET', url: '/api/notifications' })).json();
    expect(list.items.map((n: { title: string }) => n.title)).toEqual(['Sắp đến hạn', 'Nhiệm vụ mới']);
    await injectAs(t.app, session, { method: 'POST', url: '/api/notifications/mark-read', payload: { ids: [list.items[0].id] } });
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ unread: 1 });
    await injectAs(t.app, session, { method: 'POST', url: '/api/notifications/mark-read', payload: {} });
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/notifications?unread=true' })).json().items).toEqual([]);
    expect(await t.db.notification.count({ where: { userId: ward.users.viewer.id, readAt: null } })).toBe(1);
  });
});

describe('two API instances on one database', () => {
  it('share sessions: a login on one works on the other, a logout on one ends both', async () => {
    const second = await buildTestApp({}, { url: t.databaseUrl });
    const session = await login(t.app, ward.users.leader.username, PASSWORD);
    const me = await injectAs(second.app, session, { method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(ward.users.leader.id);
    await injectAs(second.app, session, { method: 'POST', url: '/api/auth/logout' });
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('account notifications', () => {
  it('greets a new user in their bell', async () => {
    const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
    const created = await injectAs(t.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'moi-den', fullName: 'Người Mới', roles: ['VIEWER'], password: 'Cay-Lua-Xanh-2026' },
    });
    expect(created.statusCode).toBe(201);
    const newcomer = await login(t.app, 'moi-den', 'Cay-Lua-Xanh-2026');
    // The given password is changed first: until then only the set-up routes answer.
    const changed = await injectAs(t.app, newcomer, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'Cay-Lua-Xanh-2026', newPassword: 'MatKhauRiengMoi1' },
    });
    expect(changed.statusCode).toBe(204);
    const list = (await injectAs(t.app, newcomer, { method: 'GET', url: '/api/notifications' })).json();
    expect(list.items.map((n: { kind: string }) => n.kind)).toEqual(['account.welcome']);
  });
});
