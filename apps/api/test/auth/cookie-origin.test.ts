// The session cookie's name and attributes follow COOKIE_SECURE; the Origin check believes
// X-Forwarded-Host only behind a trusted proxy (TRUST_PROXY).
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';

const plain = await buildTestApp();
const ward = await createWard(plain.db);
const shared = { url: plain.databaseUrl };
const secure = await buildTestApp({ COOKIE_SECURE: 'true' }, shared);
const proxied = await buildTestApp({ TRUST_PROXY: 'true' }, shared);
const username = ward.users.viewer.username;

const loginFrom = (app: typeof plain.app, headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
    headers,
  });

describe('session cookie', () => {
  it('is __Host- prefixed, Secure, path / and without Domain over HTTPS', async () => {
    const res = await loginFrom(secure.app, {});
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/^__Host-phoihop_session=[^;]+; /);
    expect(header).toMatch(/; Path=\/(;|$)/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).not.toMatch(/Domain=/i);

    const session = await login(secure.app, username, PASSWORD);
    expect(session.cookie).toMatch(/^__Host-phoihop_session=/);
    expect(
      (await injectAs(secure.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(200);
    // The plain name is not read when the secure one is in use.
    const renamed = session.cookie.replace('__Host-', '');
    const wrong = await secure.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: renamed },
    });
    expect(wrong.statusCode).toBe(401);

    const logout = await injectAs(secure.app, session, { method: 'POST', url: '/api/auth/logout' });
    expect(String(logout.headers['set-cookie'])).toMatch(
      /^__Host-phoihop_session=; .*Path=\/.*Secure/,
    );
  });

  it('keeps the plain name without Secure on plain HTTP', async () => {
    const res = await loginFrom(plain.app, {});
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/^phoihop_session=/);
    expect(header).not.toMatch(/Secure/);
  });
});

describe('Origin check', () => {
  const spoofed = { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' };

  it('ignores X-Forwarded-Host without a trusted proxy', async () => {
    const res = await loginFrom(plain.app, spoofed);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
    // The browser's own host still passes.
    expect(
      (await loginFrom(plain.app, { origin: 'http://phoihop.lan', host: 'phoihop.lan' }))
        .statusCode,
    ).toBe(200);
  });

  it('takes the host the proxy forwarded when TRUST_PROXY is set', async () => {
    const res = await loginFrom(proxied.app, {
      origin: 'https://phoihop.example',
      'x-forwarded-host': 'phoihop.example',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      (
        await loginFrom(proxied.app, {
          origin: 'https://evil.example',
          'x-forwarded-host': 'phoihop.example',
        })
      ).statusCode,
    ).toBe(403);
  });
});
