import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAsDemo } from '../../support/api.ts';

const signedOut = { cookies: [], origins: [] };

/** Lower-case letters only, so each run finds its own records among the demo ward's. */
const suffix = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );

async function choose(page: Page, form: Locator, label: string | RegExp, option: string) {
  await form.getByRole('combobox', { name: label }).click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Every row of every sheet as its cells' text. */
async function readRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
      rows.push(cells);
    }),
  );
  return rows;
}

test.describe('tiếp xúc cử tri', () => {
  test.use({ storageState: signedOut });

  test('[VOTER-CONTACT]: Thường trực HĐND tạo buổi tiếp xúc, ghi ba kiến nghị, chuyển hai kiến nghị cho UBND rồi xuất Excel có đủ ba dòng', async ({
    page,
  }) => {
    const s = suffix();
    const location = `Nhà văn hóa tổ dân phố ${s}`;
    const petitions = [
      { content: `Đề nghị nâng cấp tuyến đường liên tổ ${s}`, field: 'Hạ tầng, giao thông' },
      { content: `Đề nghị xử lý điểm tập kết rác tự phát ${s}`, field: 'Môi trường' },
      { content: `Đề nghị tăng cường tuần tra ban đêm ${s}`, field: 'An ninh, trật tự' },
    ];
    await signInAsDemo(page, 'hdnd');

    await page.goto('/voter-contact');
    await page.getByRole('button', { name: 'Tạo buổi tiếp xúc' }).click();
    const meetingForm = page.getByRole('dialog', { name: 'Tạo buổi tiếp xúc' });
    await choose(page, meetingForm, 'Hình thức', 'Trước kỳ họp');
    await meetingForm.getByLabel('Kỳ họp HĐND').fill('Kỳ họp thứ 6, HĐND phường khóa I');
    await meetingForm.getByLabel('Địa điểm').fill(location);
    const delegates = meetingForm.getByLabel('Đại biểu tham dự');
    await delegates.fill('Bà Lê Thị Hạnh – Phó Chủ tịch HĐND phường');
    await delegates.press('Enter');
    await meetingForm.getByLabel('Số cử tri tham dự').fill('86');
    await meetingForm.getByRole('button', { name: 'Lưu' }).click();

    // Saving opens the new meeting.
    await expect(page).toHaveURL(/\/voter-contact\/[0-9a-f-]{36}$/);
    const header = page.getByTestId('meeting-header');
    await expect(header).toContainText(location);
    await expect(header).toContainText('Bà Lê Thị Hạnh');

    for (const petition of petitions) {
      await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
      const form = page.getByRole('dialog', { name: 'Thêm kiến nghị' });
      await form.getByLabel('Nội dung kiến nghị').fill(petition.content);
      await choose(page, form, 'Lĩnh vực', petition.field);
      await form.getByLabel('Cử tri hoặc nhóm cử tri').fill(`Cử tri tổ dân phố ${s}`);
      await form.getByRole('button', { name: 'Lưu' }).click();
      await expect(form).toBeHidden();
      await expect(
        page.getByTestId('petition-row').filter({ hasText: petition.content }),
      ).toContainText('Mới ghi nhận');
    }
    await expect(page.getByTestId('petition-row')).toHaveCount(3);

    // The first two go to the People's Committee, with the legal answer limit as their due day.
    for (const petition of petitions.slice(0, 2)) {
      const row = page.getByTestId('petition-row').filter({ hasText: petition.content });
      await row.getByRole('button', { name: 'Chuyển cơ quan giải quyết' }).click();
      const form = page.getByRole('dialog', { name: 'Chuyển kiến nghị đến cơ quan giải quyết' });
      await choose(page, form, 'Cơ quan, tổ chức trong đơn vị', 'UBND phường');
      await form.getByRole('button', { name: 'Chuyển', exact: true }).click();
      await expect(form).toBeHidden();
      await expect(row).toContainText('UBND phường');
      await expect(row).toContainText('Đã chuyển, chờ trả lời');
    }
    const third = page.getByTestId('petition-row').filter({ hasText: petitions[2]!.content });
    await expect(third).toContainText('Mới ghi nhận');

    const downloading = page.waitForEvent('download');
    await header.getByRole('link', { name: 'Xuất Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    const rows = await readRows(await download.path());
    const headerIndex = rows.findIndex((r) => r.includes('Nội dung kiến nghị'));
    expect(headerIndex, 'the sheet has a header row').toBeGreaterThanOrEqual(0);
    const headerRow = rows[headerIndex]!;
    expect(headerRow).toEqual(
      expect.arrayContaining(['STT', 'Nội dung kiến nghị', 'Lĩnh vực', 'Cơ quan giải quyết']),
    );
    const contentAt = headerRow.indexOf('Nội dung kiến nghị');
    const addresseeAt = headerRow.indexOf('Cơ quan giải quyết');
    const body = rows.slice(headerIndex + 1).filter((r) => r.some((cell) => cell.trim() !== ''));
    expect(body).toHaveLength(3);
    expect(body.map((r) => r[contentAt])).toEqual(petitions.map((p) => p.content));
    expect(body[0]![addresseeAt]).toMatch(/Ủy ban nhân dân phường/);
    expect(body[1]![addresseeAt]).toMatch(/Ủy ban nhân dân phường/);
    expect(body[2]![addresseeAt]).toBe('');
  });
});
