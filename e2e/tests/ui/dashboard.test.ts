import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInAsDemo } from '../../support/api.ts';

const signedOut = { cookies: [], origins: [] };

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ storageState: signedOut });
  const page = await context.newPage();
  await signInAsDemo(page, username);
  return page;
}

test.describe('tổng quan', () => {
  test('[DASHBOARD]: the PC chairman picks 2025, sees the ward overview and follows the letters in progress to their list', async ({
    browser,
  }) => {
    test.slow(); // two lists, a lazily loaded chart chunk and a year's figures on a busy machine
    const page = await signedInPage(browser, 'lanhdao');
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Việc của tổ chức tôi' })).toBeVisible();

    // The year is chosen on the page and kept in the URL.
    await page.getByRole('combobox', { name: 'Năm', exact: true }).click();
    await page.getByRole('option', { name: '2025', exact: true }).click();
    await expect(page).toHaveURL(/\/\?year=2025$/);
    const overview = page.getByRole('region', { name: 'Tình hình chung năm 2025' });
    await expect(overview).toBeVisible();

    // The demo ward's 2025 letters as the source report counts them.
    const letters = overview.getByRole('region', { name: 'Đơn thư tiếp nhận năm 2025' });
    await expect(letters.getByRole('link', { name: 'Tiếp nhận: 48' })).toBeVisible();
    await expect(letters.getByRole('link', { name: 'Đã xử lý: 43' })).toBeVisible();
    const mediation = overview.getByRole('region', { name: 'Hòa giải ở cơ sở năm 2025' });
    await expect(mediation.getByRole('link', { name: 'Tổ hòa giải hiện có: 15' })).toBeVisible();
    await expect(mediation.getByRole('link', { name: 'Hòa giải viên hiện có: 132' })).toBeVisible();

    // The charts arrive on their own and draw beside their tables.
    const byMonth = overview.getByRole('region', { name: 'Đơn thư theo tháng' });
    await expect(byMonth.locator('figure svg.recharts-surface')).toBeVisible();
    await expect(byMonth.getByRole('table', { name: 'Đơn thư theo tháng' })).toBeVisible();
    const byArea = overview.getByRole('region', { name: 'Tiến độ kế hoạch theo lĩnh vực' });
    await expect(byArea.locator('figure svg.recharts-surface')).toBeVisible();

    // A number opens its list with the same filter, showing as many letters.
    const pending = letters.getByRole('link', { name: /^Đang giải quyết: \d+$/ });
    const count = Number((await pending.textContent())?.trim());
    expect(count).toBeGreaterThan(0);
    await pending.click();
    await expect(page).toHaveURL(/\/cases\?from=2025-01-01&to=2025-12-31&state=open$/);
    await expect(page.getByRole('combobox', { name: 'Tiến độ giải quyết' })).toHaveValue(
      'Đang giải quyết',
    );
    await expect(page.getByRole('textbox', { name: 'Nhận từ ngày' })).toHaveValue('01/01/2025');
    await expect(page.getByRole('textbox', { name: 'Nhận đến ngày' })).toHaveValue('31/12/2025');
    await expect(page.getByTestId('cases-table').locator('tbody tr')).toHaveCount(count);
  });

  test('[DASHBOARD]: a Women’s Union officer sees her organisation’s work and no ward overview', async ({
    browser,
  }) => {
    const page = await signedInPage(browser, 'canbo');
    await page.goto('/');
    const mine = page.getByRole('region', { name: 'Việc của tổ chức tôi' });
    await expect(mine).toContainText('Hội Liên hiệp Phụ nữ');
    await expect(mine.getByRole('link', { name: /^Nhiệm vụ quá hạn: \d+$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Tình hình chung/ })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Năm', exact: true })).toHaveCount(0);
  });
});
