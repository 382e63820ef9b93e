import { expect, test, type Page } from '@playwright/test';
import { signInAsDemo } from '../../support/api.ts';

// Issue 13: every number of the chairman's overview opens a list whose total is that number (a
// rate's list is the list of its whole: "41/43 đơn đã xử lý" opens the 43). The plan-progress
// tables are left to the plan tests.
const signedOut = { cookies: [], origins: [] };
const cards = [
  /^Đơn thư tiếp nhận năm/,
  'Đơn thư theo tháng',
  /^Hòa giải ở cơ sở năm/,
  /^Giám sát và kiến nghị sau giám sát năm/,
  /^Kiến nghị cử tri năm/,
];

interface Figure {
  name: string;
  href: string;
  expected: number;
  /** The mediators figure is checked against the teams list's mediator count. */
  mediators: boolean;
}

/** Every linked number of the overview cards, with the count its list must show. */
async function figuresOf(page: Page, year: number): Promise<Figure[]> {
  await page.goto(`/?year=${year}`);
  const overview = page.getByRole('region', { name: `Tình hình chung năm ${year}` });
  await expect(overview).toBeVisible();
  const figures: Figure[] = [];
  for (const card of cards) {
    const region = overview.getByRole('region', { name: card });
    await expect(region).toBeVisible();
    for (const link of await region.getByRole('link').all()) {
      const name = (await link.getAttribute('aria-label')) ?? (await link.textContent()) ?? '';
      const href = (await link.getAttribute('href')) ?? '';
      // "Xử lý đúng hạn: 100% (43/43 đơn đã xử lý)" → 43; "Tiếp nhận: 48" → 48;
      // "Tháng 2: 5 đơn tiếp nhận" → 5.
      const whole = /\(\d+\/(\d+) /.exec(name);
      const count = /: (\d+)/.exec(name);
      const expected = Number(whole?.[1] ?? count?.[1]);
      expect(Number.isInteger(expected), name).toBe(true);
      figures.push({ name, href, expected, mediators: name.startsWith('Hòa giải viên') });
    }
  }
  return figures;
}

test.describe('số liệu trên trang tổng quan', () => {
  test.use({ storageState: signedOut });

  for (const year of [new Date().getFullYear(), 2025]) {
    test(`[DASHBOARD-FIGURES]: every number of ${year} opens a list of as many`, async ({
      page,
    }) => {
      test.slow(); // some forty lists on a busy machine
      await signInAsDemo(page, 'lanhdao');
      const figures = await figuresOf(page, year);
      expect(figures.length).toBeGreaterThan(20);
      const wrong: string[] = [];
      for (const figure of figures) {
        await page.goto(figure.href);
        const total = page.getByTestId('list-total');
        await expect(total, figure.name).toBeVisible();
        const shown = Number(
          await total.getAttribute(figure.mediators ? 'data-mediators' : 'data-total'),
        );
        if (shown !== figure.expected) {
          wrong.push(`${figure.name} → ${figure.href} shows ${shown}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
