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

  // ADJUST if the SPA changes: written against apps/web's users page (locales/vi.json `users.*`):
  // a "Thêm người dùng" modal, a MultiSelect "Vai trò" and the field "Mật khẩu ban đầu".
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Tên đăng nhập').fill(username);
  await dialog.getByLabel('Họ và tên').fill(fullName);
  // The pills wrapper sits over the input and takes the click, as it does for a person.
  await dialog.getByRole('combobox', { name: 'Vai trò' }).click({ force: true });
  // The options list is portalled outside the dialog.
  await page.getByRole('option', { name: 'Người xem', exact: true }).click();
  await dialog.getByLabel('Mật khẩu ban đầu').fill(newUserPassword);
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(username).first()).toBeVisible();

  // browser.newContext() inherits the test's options, the admin's storageState included: empty it.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const newUserPage = await context.newPage();
  await loginThroughUi(newUserPage, username, newUserPassword);
  await expectSignedInAs(newUserPage, username);
  await context.close();
});
