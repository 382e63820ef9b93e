import { expect, test } from '@playwright/test';
import { authFile, newUserPassword, uniqueUsername } from '../../support/api.ts';
import { expectShell, expectSignedInAs, loginThroughUi } from '../../support/ui.ts';

test.use({ storageState: authFile('quantri') });

test('[ADMIN]: quản trị đơn vị tạo người dùng qua giao diện, người đó đăng nhập được', async ({
  page,
  browser,
  baseURL,
}) => {
  const username = uniqueUsername('e2e-ui');
  const fullName = `Nguyễn Thị Kiểm Thử ${username.slice(-6)}`;

  await page.goto('/');
  await expectShell(page, { admin: true });

  // ADJUST when the SPA lands: the labels and the role/organisation controls below are the
  // lead's provisional names for the user form.
  await page.getByRole('link', { name: 'Quản trị', exact: true }).first().click();
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(newUserPassword);
  await page.getByLabel('Vai trò').selectOption({ label: 'Người xem' });
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(username).first()).toBeVisible();

  const context = await browser.newContext({ baseURL, locale: 'vi-VN' });
  const newUserPage = await context.newPage();
  await loginThroughUi(newUserPage, username, newUserPassword);
  await expectSignedInAs(newUserPage, username);
  await context.close();
});
