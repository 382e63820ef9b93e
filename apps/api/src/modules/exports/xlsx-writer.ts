// XLSX through exceljs's streaming writer: each row is committed as it comes, so a long list
// costs the compressed file, not a workbook of every cell, in memory. A title line, the filters
// in words, the header frozen beneath them, dates as real date cells shown dd/mm/yyyy.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, SheetLayout, SheetWriter } from './export-sheet.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows above the first data row: title, filters, header. */
const XLSX_HEADER_ROW = 3;

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function createXlsxWriter(layout: SheetLayout): SheetWriter {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Phối hợp';
  const { columns } = layout;
  const sheet = workbook.addWorksheet(layout.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const line = (rowNumber: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(rowNumber, 1, rowNumber, columns.length);
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = text;
    row.getCell(1).font = font;
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
    row.commit();
  };
  line(1, layout.title, { bold: true, size: 14 });
  line(2, layout.subtitle, { italic: true });
  const header = sheet.getRow(XLSX_HEADER_ROW);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.commit();

  return {
    addRow(values: CellValue[]) {
      const row = sheet.addRow(
        values.map((value, i) => (columns[i]?.kind === 'date' && typeof value === 'string' ? asDate(value) : value)),
      );
      row.alignment = { vertical: 'top', wrapText: true };
      columns.forEach((c, i) => {
        // Numbers such as identity numbers and "2026/0048" stay text when edited.
        if (c.kind === 'date') row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
        else if (c.kind === 'text') row.getCell(i + 1).numFmt = '@';
      });
      row.commit();
    },
    addNote(text: string) {
      const row = sheet.addRow([text]);
      row.font = { italic: true };
      row.commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
