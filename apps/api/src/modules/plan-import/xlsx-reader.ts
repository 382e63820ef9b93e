// Reads the first sheet of a workbook: finds the header row by the template's Vietnamese
// headers (accents, case and a trailing "*" ignored), then one raw row per non-empty line.
import { importColumns, type ImportColumnKey, type ImportProblem, type RawImportRow } from '@phoihop/shared/plan-import';
import ExcelJS from 'exceljs';
import { headerKey, textOf } from './import-cells.ts';
import { fileProblem, type ImportSource, type SourceRow } from './import-source.ts';

const HEADER_SCAN_ROWS = 20;
const columnByHeader = new Map(importColumns.map((c) => [headerKey(c.header), c.key]));
const dateColumns = new Set<ImportColumnKey>(['startDate', 'dueDate']);
const numberColumns = new Set<ImportColumnKey>(['targetValue', 'weight']);

/** The value a person sees: rich text joined, formulas by their result, hyperlinks by their text. */
function plainValue(value: ExcelJS.CellValue): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result instanceof Date || typeof result === 'string' || typeof result === 'number') return result;
    return typeof result === 'boolean' ? String(result) : null;
  }
  if ('text' in value) return textOf(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

function cellsOf(row: ExcelJS.Row, columns: Map<number, ImportColumnKey>): RawImportRow | null {
  const cells: Record<string, string | number | Date> = {};
  for (const [col, key] of columns) {
    const value = plainValue(row.getCell(col).value);
    if (value === null || (typeof value === 'string' && textOf(value) === null)) continue;
    // Numbers and dates keep their type only where they belong: a code typed as 1.1 is text.
    if (typeof value === 'number' && !numberColumns.has(key) && !dateColumns.has(key)) cells[key] = String(value);
    else if (value instanceof Date && !dateColumns.has(key)) cells[key] = value.toISOString().slice(0, 10);
    else cells[key] = value;
  }
  return Object.keys(cells).length ? (cells) : null;
}

function findHeader(sheet: ExcelJS.Worksheet) {
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = new Map<number, ImportColumnKey>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = columnByHeader.get(headerKey(String(plainValue(cell.value) ?? '')));
      if (key && ![...columns.values()].includes(key)) columns.set(col, key);
    });
    if (columns.size >= 2) return { rowNumber: r, columns };
  }
  return null;
}

export async function readXlsx(data: Buffer): Promise<ImportSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    return { rows: [], problems: [fileProblem('Tệp không phải bảng tính Excel (.xlsx) hợp lệ')] };
  }
  const sheet = workbook.worksheets[0];
  const header = sheet ? findHeader(sheet) : null;
  if (!sheet || !header) {
    const names = importColumns.map((c) => c.header).join(', ');
    return { rows: [], problems: [fileProblem(`Không tìm thấy dòng tiêu đề trong trang đầu tiên (${names})`)] };
  }
  const found = new Set(header.columns.values());
  const problems: ImportProblem[] = importColumns
    .filter((c) => c.required && !found.has(c.key))
    .map((c) => ({ row: header.rowNumber, column: c.header, message: `Thiếu cột "${c.header}"` }));

  // A title typed above the header row names the plan.
  let title: string | undefined;
  for (let r = 1; r < header.rowNumber && !title; r++) {
    sheet.getRow(r).eachCell((cell) => {
      title ??= textOf(plainValue(cell.value)) ?? undefined;
    });
  }

  const rows: SourceRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= header.rowNumber) return;
    const cells = cellsOf(row, header.columns);
    if (cells) rows.push({ rowNumber, cells });
  });
  return { ...(title ? { title } : {}), rows, problems };
}
