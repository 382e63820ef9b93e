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

test('[AUTH]: mười lần sai mật khẩu khóa tài khoản, trang đăng nhập báo bị khóa kể cả khi mật khẩu đúng', async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = await playwright.request.newContext({ baseURL, storageState: authFile('quantri') });
  const { user, password } = await createOfficer(admin, 'e2e-lock');
  const anonymous = await playwright.request.newContext({ baseURL });

  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const res = await anonymous.post('/api/auth/login', {
      data: { username: user.username, password: `Sai-mat-khau-${attempt}` },
    });
    // The tenth wrong password may already be answered with the lock itself.
    const allowed = attempt < 10 ? [401] : [401, 423];
    expect(allowed, `attempt ${attempt}: ${res.status()} ${await res.text()}`).toContain(
      res.status(),
    );
  }

  const rightPassword = await anonymous.post('/api/auth/login', {
    data: { username: user.username, password },
  });
  expect(rightPassword.status()).toBe(423);
  expect(((await rightPassword.json()) as { code: string }).code).toBe('ACCOUNT_LOCKED');

  await loginThroughUi(page, user.username, password);
  // Filtered: a toast may also be an alert.
  await expect(page.getByRole('alert').filter({ hasText: /khóa/i })).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(401);

  await Promise.all([admin.dispose(), anonymous.dispose()]);
});
