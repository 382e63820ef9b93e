import { expect, test, type Page } from '@playwright/test';
import { authFile } from '../../support/api.ts';

/** The id of the first record of a list the chairman may read. */
async function firstId(page: Page, path: string): Promise<string> {
  const res = await page.request.get(`/api/${path}?limit=1`);
  expect(res.status(), `GET /api/${path}: ${await res.text()}`).toBe(200);
  const { items } = (await res.json()) as { items: { id: string }[] };
  const id = items[0]?.id;
  if (!id) throw new Error(`The demo ward has no ${path}`);
  return id;
}

/** In print, the shell, buttons and menus are gone; the record itself is there and uncut. */
async function expectPrintable(page: Page, heading: RegExp | string = /.+/) {
  const print = page.getByRole('button', { name: 'In', exact: true });
  await expect(print).toBeVisible();
  const controls = page.locator('main :is(.mantine-Button-root, .mantine-ActionIcon-root):visible');
  expect(await controls.count()).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
  await expect(print).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  // Buttons and icon buttons are gone (a file name or a status step is content and stays).
  expect(await controls.count()).toBe(0);
  // The main column takes the sheet's full width: no room kept for the hidden sidebar.
  const main = await page.locator('main').boundingBox();
  expect(main?.x).toBe(0);

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
}

test.describe('in ấn', () => {
  test.use({ storageState: authFile('lanhdao') });

  test('[PRINT]: hồ sơ đơn thư, kế hoạch, cuộc giám sát và sổ tiếp công dân in ra khổ A4 không có khung ứng dụng', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const caseId = await firstId(page, 'cases');
    const planId = await firstId(page, 'plans');
    const supervisionId = await firstId(page, 'supervisions');

    await page.goto(`/cases/${caseId}`);
    await expectPrintable(page, /^Đơn số/);

    await page.goto(`/plans/${planId}`);
    await expectPrintable(page);

    await page.goto(`/supervision/${supervisionId}`);
    await expectPrintable(page);

    await page.goto('/reception');
    await expectPrintable(page, 'Tiếp công dân');
  });
});
