import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInAsDemo } from '../../support/api.ts';
import { mainScreens, openScreen, record, settle, type Screen } from '../../support/screens.ts';

// An ordinary phone held upright.
const phone = { width: 390, height: 844 };
const signedOut = { cookies: [], origins: [] };

/**
 * What sticks out of the viewport sideways (so the page scrolls or a part is cut off) and which
 * badge, tab, segment or field shows its text cut by an ellipsis. An element inside a box that
 * scrolls sideways on purpose (a wide table, a row of tabs) is that box's business, and an element
 * wholly off screen (a closed menu, the skip link) is hidden on purpose.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = Array.from(el.classList)
        .filter((c) => c.startsWith('mantine-'))
        .join('.');
      return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${text}"`;
    };
    const scrollsSideways = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const { overflowX } = getComputedStyle(box);
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide, not ${width}px`);
    }
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= 0 || box.left >= width) continue;
      if ((box.right > width + 1 || box.left < -1) && !scrollsSideways(el)) {
        problems.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      }
    }
    // A row of tabs may scroll, but a tab cut at the screen's edge reads as a different word.
    for (const tab of Array.from(document.querySelectorAll('.mantine-Tabs-tab'))) {
      const box = tab.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        problems.push(`${describe(tab)} is cut at the screen's edge`);
      }
    }
    const labels = document.querySelectorAll(
      '.mantine-Badge-label, .mantine-Tabs-tabLabel, .mantine-SegmentedControl-label, input.mantine-Input-input[readonly]',
    );
    for (const el of Array.from(labels)) {
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        const value = el instanceof HTMLInputElement ? ` (${el.value})` : '';
        problems.push(`${describe(el)}${value} is cut: ${el.scrollWidth}px in ${el.clientWidth}px`);
      }
    }
    return [...new Set(problems)];
  });
}

async function phonePage(browser: Browser, screen: Screen) {
  const context = await browser.newContext({
    storageState: signedOut,
    viewport: phone,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  if (screen.account) await signInAsDemo(page, screen.account);
  return page;
}

test.describe('điện thoại 390×844', () => {
  for (const screen of mainScreens) {
    test(`[PHONE]: ${screen.name} vừa màn hình, không chữ nào bị cắt`, async ({ browser }) => {
      const page = await phonePage(browser, screen);
      await openScreen(page, screen);
      expect(await layoutProblems(page)).toEqual([]);
    });
  }

  test('[PHONE]: hộp thoại "Thêm kiến nghị" hiện đủ các lựa chọn cơ quan nhận', async ({
    browser,
  }) => {
    const screen = mainScreens.find((s) => s.name === 'giám sát')!;
    const page = await phonePage(browser, screen);
    await openScreen(page, screen);
    // Recommendations are added once the team has reported: the first supervision that has one.
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll(
        (links, source) =>
          links.map((a) => a.getAttribute('href') ?? '').filter((h) => new RegExp(source).test(h)),
        record('/supervision').source,
      );
    const add = page.getByRole('button', { name: 'Thêm kiến nghị' });
    for (const href of hrefs) {
      await page.goto(href);
      await settle(page);
      if (await add.isVisible()) break;
    }
    await add.click();
    const dialog = page.getByRole('dialog', { name: 'Thêm kiến nghị' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Cơ quan khác', { exact: true })).toBeVisible();
    expect(await layoutProblems(page)).toEqual([]);
  });

  test('[PHONE]: danh sách nhiệm vụ gấp bộ lọc để nhiệm vụ hiện ngay dưới', async ({ browser }) => {
    const screen = mainScreens.find((s) => s.name === 'một kế hoạch')!;
    const page = await phonePage(browser, screen);
    await openScreen(page, screen);
    await page.getByRole('tab', { name: 'Nhiệm vụ', exact: true }).click();
    await settle(page);
    // Only the search shows until the person asks for more filters.
    const more = page.getByRole('button', { name: /^Bộ lọc khác/ });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('combobox', { name: 'Trạng thái' })).toBeHidden();
    // Between the tabs and the first task: the export menu, the search and that button only.
    const tabs = (await page.getByRole('tablist').boundingBox())!;
    const firstTask = (await page
      .getByTestId('tasks-cards')
      .getByRole('button')
      .first()
      .boundingBox())!;
    expect(firstTask.y - (tabs.y + tabs.height)).toBeLessThan(320);
    await more.click();
    await expect(page.getByRole('combobox', { name: 'Trạng thái' })).toBeVisible();
  });
});
