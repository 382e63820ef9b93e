import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAsDemo } from '../../support/api.ts';
import { mainScreens, openScreen } from '../../support/screens.ts';

const signedOut = { cookies: [], origins: [] };

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's serious and critical findings, one line per rule with where it was found. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes
        .slice(0, 3)
        .map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n')[1]?.trim() ?? ''})` : ''}`,
        )
        .join('; ');
      return `${v.id} [${v.impact}] ×${v.nodes.length}: ${v.help} — ${where}`;
    });
}

test.describe('trợ năng WCAG 2.2 AA', () => {
  for (const screen of mainScreens) {
    test(`[A11Y]: ${screen.name} không có lỗi nghiêm trọng theo axe`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: signedOut });
      const page = await context.newPage();
      if (screen.account) await signInAsDemo(page, screen.account);
      await openScreen(page, screen);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('[A11Y]: mỗi trang có tiêu đề riêng, theo ngôn ngữ đang dùng', async ({ browser }) => {
    const context = await browser.newContext({ storageState: signedOut });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page).toHaveTitle('Đăng nhập · Phối hợp');
    await signInAsDemo(page, 'canbo-ubnd');
    await page.goto('/cases');
    await expect(page).toHaveTitle('Đơn thư · Phối hợp');
    await page.goto('/reception');
    await expect(page).toHaveTitle(/^Tiếp công dân.* · Phối hợp$/);
  });

  test('[A11Y]: nút hiện mật khẩu tới được bằng bàn phím và có tên', async ({ browser }) => {
    const context = await browser.newContext({ storageState: signedOut });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Mật khẩu').fill('PhoiHop@2025');
    await page.getByLabel('Mật khẩu').press('Tab');
    const toggle = page.getByRole('button', { name: 'Hiện nội dung đã nhập' });
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Mật khẩu')).toHaveAttribute('type', 'text');
  });
});
