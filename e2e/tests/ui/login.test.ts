import { expect, test } from '@playwright/test';
import { authFile, createOfficer, demoPassword } from '../../support/api.ts';
import { demoTotpSecret } from '../../support/totp.ts';
import { expectShell, expectSignedInAs, loginThroughUi } from '../../support/ui.ts';

test('[AUTH]: lãnh đạo UBND đăng nhập qua giao diện và thấy khung ứng dụng tiếng Việt', async ({
  page,
}) => {
  await loginThroughUi(page, 'lanhdao', demoPassword, { totpSecret: demoTotpSecret });
  await expectShell(page);
  await expectSignedInAs(page, 'lanhdao');
});

test('[AUTH]: nhập sai nhiều lần thì địa chỉ bị làm chậm, trang đăng nhập báo chờ kể cả khi mật khẩu đúng', async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = await playwright.request.newContext({ baseURL, storageState: authFile('quantri') });
  const { user, password } = await createOfficer(admin, 'e2e-throttle');
  const anonymous = await playwright.request.newContext({ baseURL });
  const wrong = async (attempt: number) => {
    const res = await anonymous.post('/api/auth/login', {
      data: { username: user.username, password: `Sai-mat-khau-${attempt}` },
    });
    expect(res.status(), `attempt ${attempt}: ${await res.text()}`).toBe(401);
  };

  // Five free failures, then each earns a doubling wait (1 s, 2 s… 16 s) for this address.
  let attempt = 0;
  while (attempt < 6) await wrong(++attempt);
  for (const wait of [1, 2, 4, 8]) {
    await page.waitForTimeout(wait * 1000 + 200);
    await wrong(++attempt);
  }

  const rightPassword = await anonymous.post('/api/auth/login', {
    data: { username: user.username, password },
  });
  expect(rightPassword.status()).toBe(429);
  expect(Number(rightPassword.headers()['retry-after'])).toBeGreaterThan(0);
  expect(((await rightPassword.json()) as { code: string }).code).toBe('LOGIN_THROTTLED');

  await loginThroughUi(page, user.username, password);
  // Filtered: a toast may also be an alert.
  await expect(page.getByRole('alert').filter({ hasText: /thử lại sau/i })).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(401);

  await Promise.all([admin.dispose(), anonymous.dispose()]);
});
