import { expect, test, type Page } from '@playwright/test';
import type { Unit } from '@phoihop/shared/units';
import { authFile, getCsrfToken, newUserPassword, uniqueUsername } from '../../support/api.ts';
import { nextOtp } from '../../support/totp.ts';
import { expectShell, expectSignedInAs, loginThroughUi } from '../../support/ui.ts';

const signedOut = { cookies: [], origins: [] };
test.use({ storageState: signedOut });

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
}

async function passwordStep(page: Page, username: string, password: string) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

async function withRecoveryCode(page: Page, username: string, password: string, code: string) {
  await passwordStep(page, username, password);
  await page.getByRole('button', { name: 'Dùng mã khôi phục' }).click();
  await page.getByLabel('Mã khôi phục').fill(code);
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
}

test('[MFA]: quản trị đơn vị mới bật xác thực hai lớp, đăng nhập bằng mật khẩu và mã, mã khôi phục dùng được một lần', async ({
  page,
  playwright,
  baseURL,
}) => {
  // The system admin (signed in by the setup with the demo's published key) creates a unit admin.
  const system = await playwright.request.newContext({ baseURL, storageState: authFile('admin') });
  const units = await system.get('/api/units', { params: { q: 'Hoành Sơn' } });
  const ward = ((await units.json()) as { items: Unit[] }).items.find(
    (u) => u.code === 'HOANH-SON',
  );
  if (!ward) throw new Error('demo ward not found');
  const username = uniqueUsername('e2e-mfa');
  const created = await system.post('/api/users', {
    headers: { 'X-CSRF-Token': await getCsrfToken(system) },
    data: {
      unitId: ward.id,
      username,
      fullName: `Quản Trị ${username.slice(-6)}`,
      roles: ['UNIT_ADMIN'],
      password: newUserPassword,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await system.dispose();

  // First sign-in: a new password, then the enrolment before anything else.
  await loginThroughUi(page, username, newUserPassword);
  const password = `${newUserPassword}-2`;
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(newUserPassword);
  await page.getByLabel('Mật khẩu mới', { exact: false }).first().fill(password);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(password);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();

  await expect(page.getByRole('heading', { name: 'Bảo mật tài khoản' })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/security$/);
  await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
  await expect(page.getByRole('img', { name: /Mã QR/ })).toBeVisible();
  const secret = (await page.getByTestId('setup-key').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('Mã xác thực').fill(await nextOtp(username, secret));
  await page.getByRole('button', { name: 'Xác nhận và bật' }).click();

  const panel = page.getByTestId('recovery-codes');
  await expect(panel.getByRole('listitem')).toHaveCount(10);
  const codes = (await panel.getByRole('listitem').allTextContents()).map((c) => c.trim());
  await page.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
  await expectShell(page, { admin: true });
  await signOut(page);

  // Password and a code from the app.
  await loginThroughUi(page, username, password, { totpSecret: secret });
  await expectShell(page, { admin: true });
  await expectSignedInAs(page, username);
  await signOut(page);

  // A recovery code works once.
  await withRecoveryCode(page, username, password, codes[0]!);
  await expectSignedInAs(page, username);
  await signOut(page);
  await withRecoveryCode(page, username, password, codes[0]!);
  await expect(page.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' })).toBeVisible();
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});
