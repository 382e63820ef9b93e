// What the writers make of text a person typed that a spreadsheet would run as a formula (CSV
// injection): a CSV cell starting with = + - @ gets a leading apostrophe, so Excel shows it as
// text instead of evaluating it; numbers stay numbers. An XLSX text cell is text already.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCsvWriter } from './csv-writer.ts';
import type { SheetLayout } from './export-sheet.ts';
import { createXlsxWriter } from './xlsx-writer.ts';

const layout: SheetLayout = {
  sheetName: 'Thử',
  title: 'DANH SÁCH THỬ',
  subtitle: 'Toàn bộ danh sách',
  columns: [
    { header: 'Nội dung', width: 30, kind: 'text' },
    { header: 'Số', width: 8, kind: 'number' },
  ],
};
const typed = ['=HYPERLINK("http://lua-dao.example","Bấm vào")', '+84 912 000 111', '- Đề nghị sửa đường', '@SUM(A1)', 'Đơn bình thường'];

describe('text that looks like a formula', () => {
  it('is written to CSV behind an apostrophe, numbers untouched', async () => {
    const writer = createCsvWriter(layout);
    for (const text of typed) writer.addRow([text, -3]);
    const lines = (await writer.finish()).toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(1, 6)).toEqual([
      `"'=HYPERLINK(""http://lua-dao.example"",""Bấm vào"")",-3`,
      "'+84 912 000 111,-3",
      "'- Đề nghị sửa đường,-3",
      "'@SUM(A1),-3",
      'Đơn bình thường,-3',
    ]);
  });

  it('stays a text cell in XLSX, never a formula', async () => {
    const writer = createXlsxWriter(layout);
    for (const text of typed) writer.addRow([text, -3]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writer.finish()) as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]!.getColumn(1).values.slice(4);
    expect(cells).toEqual(typed);
  });
});
