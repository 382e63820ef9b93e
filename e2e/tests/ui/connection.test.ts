import { expect, test } from '@playwright/test';
import { authFile } from '../../support/api.ts';

test.use({ storageState: authFile('quantri') });

test('[CONNECTION]: mất mạng thì báo mất kết nối, giữ nguyên biểu mẫu đang nhập và tự tải lại khi có mạng', async ({
  page,
  context,
}) => {
  await page.goto('/admin/organisations');
  await expect(page.getByRole('heading', { name: 'Tổ chức', exact: true })).toBeVisible();
  const status = page.getByTestId('connection-status');
  await expect(status).toBeEmpty();

  await page.getByRole('button', { name: 'Thêm tổ chức' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm tổ chức' });
  await dialog.getByLabel('Tên tổ chức').fill('Chi hội thử mất mạng');

  await context.setOffline(true);
  await expect(status).toContainText('Mất kết nối');
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  // The save fails at once and says why; the dialog and what was typed stay.
  await expect(
    page.getByText('Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.'),
  ).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Tên tổ chức')).toHaveValue('Chi hội thử mất mạng');
  await expect(dialog.getByRole('button', { name: 'Lưu', exact: true })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  // A page opened offline waits for the connection instead of spinning, then loads.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Người dùng' })
    .click();
  await expect(page.getByText('Đang chờ kết nối để tải dữ liệu…')).toBeVisible();
  await context.setOffline(false);
  await expect(status).toContainText('Đã kết nối lại.');
  await expect(page.getByText('Đang chờ kết nối để tải dữ liệu…')).toBeHidden();
  await expect(page.getByTestId('user-row-quantri')).toBeVisible();
});
