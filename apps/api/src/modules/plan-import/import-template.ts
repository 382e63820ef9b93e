// The XLSX template people fill in: headers with a note each, two example rows, drop-down
// lists for "Loại", "Định kỳ" and "Chủ trì", and a "Danh mục" sheet with the unit's names.
import { importColumns, type ImportColumnKey } from '@phoihop/shared/plan-import';
import ExcelJS from 'exceljs';
import { kindLabels, recurrenceLabels } from './import-cells.ts';
import type { OrganisationName } from './organisation-names.ts';

const LIST_ROWS = 300;

const notes: Record<ImportColumnKey, string> = {
  code: 'Bắt buộc. Số thứ tự theo dàn ý: 1 là lĩnh vực, 1.1 và 1.2 là nhiệm vụ thuộc lĩnh vực 1. Mã là khóa: nhập lại tệp sẽ cập nhật dòng cùng mã.',
  kind: 'Bắt buộc. "Lĩnh vực" (chỉ ở cấp cao nhất) hoặc "Nhiệm vụ".',
  title: 'Bắt buộc. Tên lĩnh vực hoặc nhiệm vụ (tối đa 500 ký tự).',
  description: 'Không bắt buộc. Nội dung chi tiết.',
  lead: 'Bắt buộc với nhiệm vụ. Tên hoặc tên viết tắt của tổ chức chủ trì (xem trang "Danh mục").',
  partners: 'Các tổ chức phối hợp, cách nhau bởi dấu ; hoặc dấu phẩy.',
  startDate: 'Ngày bắt đầu, dạng dd/mm/yyyy.',
  dueDate: 'Hạn hoàn thành, dạng dd/mm/yyyy; không được trước ngày bắt đầu.',
  recurrence: 'Báo cáo định kỳ: Không, Hằng tháng, Hằng quý hoặc 6 tháng. Để trống là Không.',
  expectedOutput: 'Sản phẩm đầu ra, ví dụ: Báo cáo kết quả.',
  targetValue: 'Chỉ tiêu định lượng (số), ví dụ 500. Có chỉ tiêu thì ghi đơn vị tính.',
  targetUnit: 'Đơn vị tính của chỉ tiêu, ví dụ: hộ, người, buổi.',
  weight: 'Trọng số khi tính tiến độ, số nguyên 0–100. Để trống là 1.',
};

const widths: Record<ImportColumnKey, number> = {
  code: 8, kind: 12, title: 50, description: 40, lead: 24, partners: 32, startDate: 13,
  dueDate: 15, recurrence: 13, expectedOutput: 28, targetValue: 10, targetUnit: 13, weight: 10,
};

const listOf = (words: string[]) => [`"${words.join(',')}"`];

export async function buildTemplate(organisations: OrganisationName[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phối hợp';
  const sheet = workbook.addWorksheet('Kế hoạch', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = importColumns.map((c) => ({ header: c.header, key: c.key, width: widths[c.key] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  importColumns.forEach((c, index) => {
    const cell = header.getCell(index + 1);
    cell.note = notes[c.key];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFDDEBF7' } };
  });
  // Codes stay text (1.10 is not 1.1); dates show the Vietnamese way.
  sheet.getColumn('code').numFmt = '@';
  sheet.getColumn('startDate').numFmt = 'dd/mm/yyyy';
  sheet.getColumn('dueDate').numFmt = 'dd/mm/yyyy';

  const leadExample = organisations[0]?.name ?? importColumns.find((c) => c.key === 'lead')!.example;
  sheet.addRow({ code: '1', kind: kindLabels.AREA, title: 'Phối hợp tuyên truyền, vận động Nhân dân' });
  sheet.addRow({
    ...Object.fromEntries(importColumns.map((c) => [c.key, c.example])),
    lead: leadExample,
    partners: organisations.slice(1, 3).map((o) => o.shortName ?? o.name).join('; '),
    recurrence: recurrenceLabels.NONE,
  });

  const lists: Partial<Record<ImportColumnKey, string[]>> = {
    kind: listOf(Object.values(kindLabels)),
    recurrence: listOf(Object.values(recurrenceLabels)),
    ...(organisations.length ? { lead: [`'Danh mục'!$A$2:$A$${organisations.length + 1}`] } : {}),
  };
  for (const [key, formulae] of Object.entries(lists)) {
    const column = sheet.getColumn(key);
    for (let row = 2; row <= LIST_ROWS; row++) {
      sheet.getCell(row, column.number).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae,
        showErrorMessage: key !== 'lead', // a short name typed by hand is fine for "Chủ trì"
      };
    }
  }

  addCatalogue(workbook, organisations);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addCatalogue(workbook: ExcelJS.Workbook, organisations: OrganisationName[]) {
  const sheet = workbook.addWorksheet('Danh mục');
  sheet.columns = [
    { header: 'Tổ chức (Chủ trì / Phối hợp)', width: 40 },
    { header: 'Tên viết tắt', width: 20 },
    { header: '', width: 4 },
    { header: 'Loại', width: 14 },
    { header: 'Định kỳ', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const kinds = Object.values(kindLabels);
  const recurrences = Object.values(recurrenceLabels);
  const count = Math.max(organisations.length, kinds.length, recurrences.length);
  for (let i = 0; i < count; i++) {
    const org = organisations[i];
    sheet.addRow([org?.name ?? null, org?.shortName ?? null, null, kinds[i] ?? null, recurrences[i] ?? null]);
  }
}
