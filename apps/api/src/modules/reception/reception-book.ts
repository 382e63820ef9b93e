// The citizen-reception book (sổ tiếp công dân) of a period as XLSX. The official columns are
// unconfirmed (domain.md §3); these are the suggested ones. A protected visit (denunciation)
// shows no identity here either.
import { formatDateVi } from '@phoihop/shared/dates';
import type { ReceptionVisit, VisitHandling } from '@phoihop/shared/reception';
import ExcelJS from 'exceljs';
import { kindLabels } from '../cases/case-labels.ts';

const handlingLabels: Record<VisitHandling, string> = {
  ANSWERED: 'Giải thích, trả lời trực tiếp',
  GUIDED: 'Hướng dẫn',
  FORWARDED: 'Chuyển đơn',
  CASE_OPENED: 'Tiếp nhận đơn',
  CASE_JOINED: 'Gộp vào đơn đã có',
};

const PROTECTED_TEXT = 'Bảo mật (tố cáo)';

const columns: { header: string; width: number }[] = [
  { header: 'STT', width: 6 },
  { header: 'Ngày tiếp', width: 12 },
  { header: 'Người tiếp', width: 28 },
  { header: 'Họ và tên công dân', width: 24 },
  { header: 'Địa chỉ', width: 30 },
  { header: 'Số CMND/CCCD', width: 15 },
  { header: 'Người đại diện / Số người', width: 22 },
  { header: 'Nội dung', width: 50 },
  { header: 'Phân loại', width: 12 },
  { header: 'Tài liệu kèm theo', width: 24 },
  { header: 'Hướng xử lý', width: 22 },
  { header: 'Kết quả', width: 30 },
  { header: 'Số đơn', width: 12 },
];
const bookHeaders = columns.map((c) => c.header);

export interface BookRow {
  visit: ReceptionVisit;
  /** Who received the citizen: the visit's officer, else the session's hosts. */
  receivedBy: string;
}

function representation(visit: ReceptionVisit): string {
  const group = visit.groupSize > 1 ? `Đoàn ${visit.groupSize} người` : '';
  return [visit.representative, group].filter(Boolean).join(' - ');
}

export async function buildReceptionBook(input: { unitName: string; from: string; to: string; rows: BookRow[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phối hợp';
  const sheet = workbook.addWorksheet('Sổ tiếp công dân', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).value = `SỔ TIẾP CÔNG DÂN - ${input.unitName.toUpperCase()}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, columns.length);
  sheet.getCell(2, 1).value = `Từ ngày ${formatDateVi(input.from)} đến ngày ${formatDateVi(input.to)}`;
  sheet.getCell(2, 1).font = { italic: true };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(3);
  header.values = bookHeaders;
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };

  input.rows.forEach(({ visit, receivedBy }, index) => {
    const row = sheet.addRow([
      index + 1,
      formatDateVi(visit.heldOn),
      receivedBy,
      visit.masked ? PROTECTED_TEXT : visit.citizenName,
      visit.address ?? '',
      visit.idNumber ?? '',
      representation(visit),
      visit.content,
      visit.kind ? kindLabels[visit.kind] : '',
      visit.documents ?? '',
      visit.handling ? handlingLabels[visit.handling] : '',
      visit.result ?? '',
      visit.case?.number ?? '',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  // Identity numbers and case numbers stay text ("2026/0048", leading zeros).
  sheet.getColumn(6).numFmt = '@';
  sheet.getColumn(13).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
