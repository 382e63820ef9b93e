import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAsDemo } from '../../support/api.ts';

const signedOut = { cookies: [], origins: [] };

/** Lower-case letters only, so each run finds its own records among the demo ward's. */
const suffix = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );

async function choose(page: Page, form: Locator, label: string, option: string) {
  await form.getByRole('combobox', { name: label }).click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe('tiếp công dân', () => {
  test.use({ storageState: signedOut });

  test('[RECEPTION]: cán bộ UBND tạo buổi tiếp, ghi nhận công dân, rồi xuất sổ tiếp công dân có công dân đó', async ({
    page,
  }) => {
    const s = suffix();
    const host = `Ông Hồ Văn Tiếp ${s} – Chủ tịch UBND phường`;
    const citizen = `Nguyễn Thị Dân ${s}`;
    const content = `Đề nghị sửa chữa tuyến mương thoát nước tổ dân phố ${s}`;
    await signInAsDemo(page, 'canbo-ubnd');

    await page.goto('/reception');
    await expect(page.getByTestId('reception-compliance')).toBeVisible();
    await page.getByRole('button', { name: 'Tạo buổi tiếp' }).click();
    const sessionForm = page.getByRole('dialog', { name: 'Tạo buổi tiếp' });
    await choose(page, sessionForm, 'Hình thức', 'Đột xuất');
    await sessionForm.getByRole('checkbox', { name: 'Chủ tịch UBND' }).check();
    await sessionForm.getByLabel('Người tiếp (họ tên, chức vụ)').fill(host);
    await sessionForm.getByLabel('Địa điểm').fill('Trụ sở UBND phường');
    await sessionForm.getByRole('button', { name: 'Lưu' }).click();

    // Saving opens the new session.
    await expect(page).toHaveURL(/\/reception\/[0-9a-f-]{36}$/);
    const header = page.getByTestId('session-header');
    await expect(header).toContainText(host);
    await expect(header).toContainText('Đột xuất');

    await page.getByRole('button', { name: 'Ghi nhận công dân' }).click();
    const visitForm = page.getByRole('dialog', { name: 'Ghi nhận công dân' });
    await visitForm.getByLabel('Họ tên công dân').fill(citizen);
    await visitForm.getByLabel('Địa chỉ', { exact: true }).fill('Tổ dân phố 4, phường Hoành Sơn');
    await visitForm.getByLabel('Số CMND/CCCD').fill('042190001111');
    await visitForm.getByLabel('Nội dung trình bày').fill(content);
    await choose(page, visitForm, 'Phân loại', 'Kiến nghị');
    await choose(page, visitForm, 'Lĩnh vực', 'Môi trường');
    await choose(page, visitForm, 'Hướng xử lý', 'Giải thích, trả lời trực tiếp');
    await visitForm.getByRole('button', { name: 'Lưu' }).click();
    await expect(visitForm).toBeHidden();

    const visit = page.getByTestId('visit-card').filter({ hasText: citizen });
    await expect(visit).toContainText(content);
    await expect(visit).toContainText('Kiến nghị');
    await expect(visit.getByRole('link', { name: 'Mở đơn thư' })).toHaveAttribute(
      'href',
      /\/cases\/new\?visitId=[0-9a-f-]{36}$/,
    );
    await expect(header).toContainText('1 công dân');

    // The session is in the list with its citizen counted.
    await page.getByRole('link', { name: 'Danh sách buổi tiếp' }).click();
    await expect(page.getByTestId('sessions-table')).toContainText(host);

    // The book of this year so far holds the citizen.
    await page.getByRole('button', { name: 'Xuất sổ tiếp công dân' }).click();
    const bookDialog = page.getByRole('dialog', { name: 'Xuất sổ tiếp công dân' });
    const downloading = page.waitForEvent('download');
    // The book is built in the background and saves itself when done.
    await bookDialog.getByRole('button', { name: 'Excel (.xlsx)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^so-tiep-cong-dan-.*\.xlsx$/);
    await expect(page.getByTestId('export-notice')).toContainText('Đã tạo xong tệp');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const rows: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        const cells: string[] = [];
        row.eachCell((cell) => cells.push(cell.text));
        rows.push(cells.join(' | '));
      }),
    );
    const row = rows.find((r) => r.includes(citizen));
    expect(row, `no row of the book names ${citizen}`).toBeDefined();
    expect(row).toContain(content);
    expect(row).toContain('042190001111');
  });
});
