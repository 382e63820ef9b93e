// A voter-contact meeting's compiled petitions and the answers received, as XLSX: the table the
// People's Council's standing committee and the Front send on and read back to the voters.
import { formatDateVi } from '@phoihop/shared/dates';
import type { VoterPetition } from '@phoihop/shared/voter-contact';
import ExcelJS from 'exceljs';
import { meetingKindLabels, petitionFieldLabels, petitionStatusLabels } from './civic-labels.ts';
import type { MeetingRecord } from './voter-contact.repository.ts';

const columns: { header: string; width: number }[] = [
  { header: 'STT', width: 6 },
  { header: 'Nội dung kiến nghị', width: 50 },
  { header: 'Lĩnh vực', width: 18 },
  { header: 'Cử tri', width: 22 },
  { header: 'Cơ quan giải quyết', width: 26 },
  { header: 'Ngày chuyển', width: 12 },
  { header: 'Hạn trả lời', width: 12 },
  { header: 'Trả lời', width: 50 },
  { header: 'Ngày trả lời', width: 12 },
  { header: 'Trạng thái', width: 20 },
];
export const petitionHeaders = columns.map((c) => c.header);
/** The header row; the rows above it describe the meeting. */
export const HEADER_ROW = 5;

function statusText(p: VoterPetition): string {
  if (p.overdue) return 'Quá hạn trả lời';
  const late = p.answeredLate ? ' (trễ hạn)' : '';
  return `${petitionStatusLabels[p.status]}${p.answer ? late : ''}`;
}

export async function buildPetitionsWorkbook(input: { unitName: string; meeting: MeetingRecord; petitions: VoterPetition[] }): Promise<Buffer> {
  const { meeting } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phối hợp';
  const sheet = workbook.addWorksheet('Kiến nghị cử tri', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, columns.length);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center', wrapText: true };
  };
  line(1, `TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI - ${input.unitName.toUpperCase()}`, { bold: true, size: 14 });
  const about = [meetingKindLabels[meeting.kind], meeting.councilSession, meeting.theme].filter(Boolean).join(' - ');
  line(2, about, { bold: true });
  line(3, `Ngày ${formatDateVi(meeting.heldOn)} tại ${meeting.location}`, { italic: true });
  const delegates = meeting.delegates.length ? `Đại biểu tham dự: ${meeting.delegates.join(', ')}` : 'Đại biểu tham dự: (chưa ghi)';
  const voters = meeting.voterCount !== null ? `; số cử tri tham dự: ${meeting.voterCount}` : '';
  line(4, `${delegates}${voters}`, { italic: true });
  const header = sheet.getRow(HEADER_ROW);
  header.values = petitionHeaders;
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };

  for (const p of input.petitions) {
    const row = sheet.addRow([
      p.ordinal,
      p.content,
      petitionFieldLabels[p.field],
      p.voterName ?? '',
      p.addressee?.name ?? '',
      formatDateVi(p.sentOn),
      formatDateVi(p.dueOn),
      p.answer ? [p.answer.documentNumber ? `Văn bản số ${p.answer.documentNumber}: ` : '', p.answer.text].join('') : '',
      formatDateVi(p.answer?.answeredOn ?? null),
      statusText(p),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
