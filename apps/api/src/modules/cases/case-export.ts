// The filtered case list as XLSX: Vietnamese headers, dd/MM/yyyy dates, and never a denouncer's
// identity (the rows are the same masked summaries as the list).
import type { CaseSummary } from '@phoihop/shared/cases';
import ExcelJS from 'exceljs';
import { channelLabels, fieldLabels, kindLabels, statusLabels } from './case-labels.ts';

export interface ExportRow {
  summary: CaseSummary;
  handledOn: string | null;
  handledOnTime: boolean | null;
}

/** A date cell Excel sorts and filters as a date, shown dd/mm/yyyy. */
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

const columns: { header: string; width: number; date?: true; value: (r: ExportRow) => string | number | Date | null }[] = [
  { header: 'Số đơn', width: 11, value: (r) => r.summary.number },
  { header: 'Ngày nhận', width: 12, date: true, value: (r) => day(r.summary.receivedOn) },
  { header: 'Nguồn đơn', width: 22, value: (r) => channelLabels[r.summary.channel] },
  { header: 'Tổ chức chuyển đơn', width: 24, value: (r) => r.summary.sourceOrganisation?.name ?? '' },
  { header: 'Loại đơn', width: 12, value: (r) => (r.summary.kind ? kindLabels[r.summary.kind] : 'Chưa phân loại') },
  { header: 'Lĩnh vực', width: 16, value: (r) => fieldLabels[r.summary.field] },
  { header: 'Người gửi', width: 28, value: (r) => r.summary.petitionerLabel },
  { header: 'Số người', width: 9, value: (r) => r.summary.peopleCount },
  { header: 'Nội dung', width: 60, value: (r) => r.summary.summary },
  { header: 'Đối tượng bị khiếu nại, tố cáo', width: 28, value: (r) => r.summary.subject ?? '' },
  { header: 'Tổ chức xử lý', width: 24, value: (r) => r.summary.assignedOrganisation?.name ?? '' },
  { header: 'Người xử lý', width: 22, value: (r) => r.summary.handler?.fullName ?? '' },
  { header: 'Trạng thái', width: 22, value: (r) => statusLabels[r.summary.status] },
  { header: 'Hạn xử lý', width: 12, date: true, value: (r) => day(r.summary.dueOn) },
  { header: 'Ngày có kết quả', width: 14, date: true, value: (r) => day(r.handledOn) },
  {
    header: 'Đúng hạn',
    width: 10,
    value: (r) => (r.handledOnTime === null ? '' : r.handledOnTime ? 'Đúng hạn' : 'Quá hạn'),
  },
];

export async function buildCaseWorkbook(
  rows: AsyncIterable<ExportRow[]>,
  meta: { title: string; cap: number },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phối hợp';
  const sheet = workbook.addWorksheet('Đơn thư', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([meta.title]).font = { bold: true, size: 13 };
  sheet.columns = columns.map((c) => ({ width: c.width, ...(c.date ? { style: { numFmt: 'dd/mm/yyyy' } } : {}) }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  let count = 0;
  for await (const page of rows) {
    for (const row of page) {
      sheet.addRow(columns.map((c) => c.value(row))).alignment = { vertical: 'top', wrapText: true };
      count++;
    }
  }
  if (count >= meta.cap) sheet.addRow([`Chỉ xuất ${meta.cap.toLocaleString('vi-VN')} dòng đầu: hãy lọc thêm để xuất phần còn lại.`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
