import { expect, type Page } from '@playwright/test';
import { nextOtp } from './totp.ts';

/**
 * Signs in through the login form; an unauthenticated visit to / lands on it. With `totpSecret`
 * (an account with a second factor) it then types a fresh code from that key.
 */
export async function loginThroughUi(
  page: Page,
  username: string,
  password: string,
  options: { totpSecret?: string } = {},
): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  // Not exact: required fields carry a " *" after the label text.
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  if (options.totpSecret) {
    const code = page.getByLabel('Mã xác thực');
    await expect(code).toBeVisible();
    await code.fill(await nextOtp(username, options.totpSecret));
    await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  }
}

/** The navigation of the signed-in shell; "Quản trị" only shows for administrators. */
export const shellNavLabels = [
  'Kế hoạch phối hợp',
  'Giám sát & phản biện',
  'Đơn thư & tiếp công dân',
  'Báo cáo',
] as const;

export async function expectShell(page: Page, options: { admin?: boolean } = {}): Promise<void> {
  const labels = options.admin ? [...shellNavLabels, 'Quản trị'] : shellNavLabels;
  // Items are links, but a group with children ("Quản trị") is a button: match the text.
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const label of labels) {
    await expect(nav.getByText(label, { exact: true })).toBeVisible();
  }
}

/** Asks the API who the page's cookie belongs to: independent of what the SPA shows after login. */
export async function expectSignedInAs(page: Page, username: string): Promise<void> {
  await expect
    .poll(async () => {
      const res = await page.request.get('/api/auth/me');
      return res.ok()
        ? ((await res.json()) as { user: { username: string } }).user.username
        : res.status();
    })
    .toBe(username);
}
