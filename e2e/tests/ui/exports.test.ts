import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAsDemo } from '../../support/api.ts';

const signedOut = { cookies: [], origins: [] };

// A 2025 denunciation of the demo ward (prisma/seed/cases-2025.json, row 9): its denouncer is
// protected, and canbo-mttq (a Front officer) reads the case without being its handler.
const search = 'đóng góp';
const denouncer = { name: 'Đinh Thị Thu', idNumber: '042170008845', phone: '0387 605 219' };
const maskedLabel = 'Người tố cáo (được bảo mật)';

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The sheet's rows under its header row (the one starting "Số đơn"), keyed by header. */
async function readCaseRows(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const lines: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    lines.push(cells);
  });
  const headerAt = lines.findIndex((cells) => cells[0] === 'Số đơn');
  expect(headerAt, 'the sheet has a header row').toBeGreaterThanOrEqual(0);
  const header = lines[headerAt]!;
  // Data rows carry a case number (2025/0009); a note under the table does not.
  const data = lines
    .slice(headerAt + 1)
    .filter((cells) => /^\d{4}\/\d{4}$/.test(cells[0] ?? ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
  return { everything: lines.flat().join('\n'), data };
}

test.describe('xuất danh sách', () => {
  test.use({ storageState: signedOut });

  test('[EXPORTS]: cán bộ MTTQ lọc đơn tố cáo, xuất Excel và tệp có đúng các đơn đó, danh tính người tố cáo vẫn được bảo mật', async ({
    page,
  }) => {
    await signInAsDemo(page, 'canbo-mttq');
    await page.goto('/cases');
    await expect(page.getByTestId('cases-table')).toBeVisible();

    await choose(page, 'Loại đơn', 'Tố cáo');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(search);
    await expect(page).toHaveURL(/kind=DENUNCIATION/);
    await expect(page).toHaveURL(/q=/);
    const table = page.getByTestId('cases-table');
    await expect(table).toContainText(maskedLabel);
    await expect(table).not.toContainText(denouncer.name);
    const shown = (
      await table
        .locator('[data-testid^="case-row-"]')
        .evaluateAll((rows) =>
          rows.map((row) => row.getAttribute('data-testid')!.replace('case-row-', '')),
        )
    ).sort();
    expect(shown.length).toBeGreaterThan(0);

    // The export runs in the background; the file saves itself when built.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất danh sách' }).click();
    await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
    const notice = page.getByTestId('export-notice');
    await expect(notice).toBeVisible();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^don-thu-.*\.xlsx$/);
    await expect(notice).toContainText('Đã tạo xong tệp');
    await expect(notice.getByRole('link', { name: /^Tải về don-thu-.*\.xlsx$/ })).toBeVisible();

    const { everything, data } = await readCaseRows(await download.path());
    // What the list showed, no more, no less: denunciations matching the search.
    expect(data.map((row) => row['Số đơn']).sort()).toEqual(shown);
    for (const row of data) {
      expect(row['Loại đơn']).toBe('Tố cáo');
      expect(row['Người gửi']).toBe(maskedLabel);
      expect(row['Nội dung']!.toLocaleLowerCase('vi')).toContain(search);
    }
    // The denouncer is nowhere in the file, not even as an ID or phone number.
    expect(everything).not.toContain(denouncer.name);
    expect(everything).not.toContain(denouncer.idNumber);
    expect(everything).not.toContain(denouncer.phone);

    // The file stays at hand under "Tệp đã xuất".
    await page.getByRole('button', { name: 'Xuất danh sách' }).click();
    await page.getByRole('menuitem', { name: 'Tệp đã xuất' }).click();
    const recent = page.getByRole('dialog', { name: 'Tệp đã xuất' });
    await expect(
      recent
        .getByTestId('export-row')
        .first()
        .getByRole('link', { name: /don-thu-.*\.xlsx/ }),
    ).toBeVisible();
  });
});
