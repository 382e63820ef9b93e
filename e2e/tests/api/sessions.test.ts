import { expect, test } from '@playwright/test';
import type { Me } from '@phoihop/shared/auth';
import { authFile, cookieHeader, createOfficer } from '../../support/api.ts';
import { apiUrls } from '../../support/urls.ts';

const [first, second] = apiUrls;

test('[API]: một phiên đăng nhập dùng được trên cả hai tiến trình API, đăng xuất có hiệu lực ở cả hai', async ({
  playwright,
}) => {
  const admin = await playwright.request.newContext({
    baseURL: first,
    storageState: authFile('quantri'),
  });
  const { user, password } = await createOfficer(admin, 'e2e-api');

  const client = await playwright.request.newContext();
  const loginRes = await client.post(`${first}/api/auth/login`, {
    data: { username: user.username, password },
  });
  expect(loginRes.status(), await loginRes.text()).toBe(200);
  const me = (await loginRes.json()) as Me;
  expect(me.user.username).toBe(user.username);
  // Kept before logout: the logout answer may clear the cookie from the jar, and the point is
  // that the server forgot the session, not that the client dropped it.
  const cookie = await cookieHeader(client);
  expect(cookie, 'login set no cookie').not.toBe('');

  const onSecond = await client.get(`${second}/api/auth/me`, { headers: { cookie } });
  expect(onSecond.status(), await onSecond.text()).toBe(200);
  expect(((await onSecond.json()) as Me).user.id).toBe(me.user.id);

  const logout = await client.post(`${second}/api/auth/logout`, {
    headers: { cookie, 'X-CSRF-Token': me.csrfToken },
  });
  expect(logout.status(), await logout.text()).toBeLessThan(300);

  const afterLogout = await client.get(`${first}/api/auth/me`, { headers: { cookie } });
  expect(afterLogout.status()).toBe(401);

  await Promise.all([admin.dispose(), client.dispose()]);
});
