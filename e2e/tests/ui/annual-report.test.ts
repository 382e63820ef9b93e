import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { signInAsDemo } from '../../support/api.ts';

const signedOut = { cookies: [], origins: [] };

// jszip is the API's (its DOCX tests read the XML back the same way); e2e borrows it from there.
const requireFromApi = createRequire(new URL('../../../apps/api/package.json', import.meta.url));
const JSZip = requireFromApi('jszip') as {
  loadAsync(
    data: Buffer,
  ): Promise<{ file(name: string): { async(type: 'string'): Promise<string> } | null }>;
};

/** Lower-case letters only, so each run finds its own paragraph. */
const suffix = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );

const unescapeXml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The DOCX's paragraphs as plain text (a paragraph's runs joined). */
async function docxParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescapeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

test.describe('báo cáo năm', () => {
  test.use({ storageState: signedOut });

  test('[REPORTS]: Chủ tịch UBND lập báo cáo năm 2025 tại 15/12/2025 với số liệu từ hồ sơ, sửa đoạn mở đầu, lưu phiên bản và tải DOCX có đoạn đã sửa và số liệu', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const s = suffix();
    await signInAsDemo(page, 'lanhdao');

    await page.goto('/reports');
    const year = page.getByTestId('report-year').filter({ hasText: 'Năm 2025' });
    await year.getByRole('link', { name: 'Mở báo cáo năm 2025' }).click();
    await expect(page).toHaveURL(/\/reports\/annual\/2025\?asOf=\d{4}-\d{2}-\d{2}/);

    // The report's date, typed dd/MM/yyyy.
    const asOf = page.getByRole('textbox', { name: /^Ngày báo cáo/ });
    await asOf.fill('15/12/2025');
    await asOf.press('Tab');
    await expect(page).toHaveURL(/asOf=2025-12-15/);
    await expect(page.getByTestId('report-place-date')).toHaveText(
      'Hoành Sơn, ngày 15 tháng 12 năm 2025',
    );

    // Generate the text afresh from the records (a saved version exists: it asks first).
    await page.getByRole('button', { name: 'Tạo lại từ dữ liệu' }).click();
    const confirm = page.getByRole('dialog', { name: 'Tạo lại báo cáo từ dữ liệu?' });
    await confirm.getByRole('button', { name: 'Tạo lại từ dữ liệu' }).click();
    await expect(confirm).toBeHidden();

    const document = page.getByTestId('report-document');
    await expect(document.getByRole('heading', { level: 3 })).toHaveText([
      /^I\. KẾT QUẢ PHỐI HỢP THỰC HIỆN NĂM 2025/,
      /^II\. ĐÁNH GIÁ CHUNG/,
      /^III\. NỘI DUNG CHƯƠNG TRÌNH PHỐI HỢP/,
    ]);
    const results = page.getByTestId('report-section').first();
    await expect(results).toContainText(
      'đã tiếp nhận 48 đơn thư, đã xử lý 43 đơn, còn 05 đơn đang giải quyết',
    );
    await expect(results).toContainText('có 15 tổ hòa giải với 132 hòa giải viên');
    await expect(results).toContainText('tỷ lệ hòa giải thành đạt 100%');
    await expect(results.getByRole('link', { name: '48 – Đơn thư tiếp nhận' })).toHaveAttribute(
      'href',
      '/cases?from=2025-01-01&to=2025-12-15',
    );

    // Rewrite the opening paragraph with a figure in it.
    const intro = `Đoạn mở đầu kiểm thử ${s}: năm 2025 UBND phường tiếp nhận {{cases.received}} đơn thư, hòa giải thành đạt {{mediation.successRate}}.`;
    await document.getByRole('button', { name: 'Sửa đoạn mở đầu' }).click();
    await document.getByRole('textbox', { name: /Đang sửa đoạn mở đầu/ }).fill(intro);
    await document.getByRole('button', { name: 'Xong' }).click();
    const written = `Đoạn mở đầu kiểm thử ${s}: năm 2025 UBND phường tiếp nhận 48 đơn thư, hòa giải thành đạt 100% (22/22 vụ đã kết thúc hòa giải).`;
    await expect(document).toContainText(written);

    await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
    const save = page.getByRole('dialog', { name: 'Lưu phiên bản' });
    await save.getByLabel('Ghi chú').fill(`Kiểm thử ${s}`);
    await save.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(save).toBeHidden();
    await expect(page.getByTestId('report-status')).toContainText('Đã lưu: phiên bản');
    await expect(page.getByTestId('report-version').first()).toContainText(`Kiểm thử ${s}`);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải DOCX', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bao-cao-phoi-hop-2025-v\d+\.docx$/);

    const paragraphs = await docxParagraphs(await download.path());
    expect(paragraphs).toContain(written);
    const text = paragraphs.join('\n');
    expect(text).toContain('đã tiếp nhận 48 đơn thư, đã xử lý 43 đơn, còn 05 đơn đang giải quyết');
    expect(text).toContain('có 15 tổ hòa giải với 132 hòa giải viên');
    expect(text).toContain('tỷ lệ hòa giải thành đạt 100%');
    expect(text).toContain('Hoành Sơn, ngày 15 tháng 12 năm 2025');
    expect(text).not.toContain('{{');
  });
});
