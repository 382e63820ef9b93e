// The fixed wording of a Decree 30/2020 document as the preview shows it. The API writes the
// DOCX with the same rules (apps/api/src/modules/reports/nd30/nd30-format.ts); the preview only
// has to read like it, so these are the few rules a reader sees.
import type { ReportSettings } from '@phoihop/shared/reports';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const DOCUMENT_KIND = 'BÁO CÁO';
const ARCHIVE_OFFICE = 'VT';
/** Room left for what the clerical office writes by hand. */
const BLANK = '\u00a0'.repeat(6);

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "Số: 05/BC-UBND"; without a number "Số:      /BC-UBND", left for the clerical office. */
export function numberSymbol(number: number | null, symbol: string): string {
  return `Số: ${number === null ? BLANK : pad2(number)}/${symbol.trim().toUpperCase()}`;
}

/** "Hoành Sơn, ngày 05 tháng 02 năm 2026": days under 10 and months 1–2 with a leading zero. */
export function placeDate(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const m = month < 3 ? `0${month}` : String(month);
  return `${place.trim()}, ngày ${pad2(day)} tháng ${m} năm ${year}`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "I." for the n-th section (1-based), "2." for a part, as the DOCX numbers them. */
export const sectionLabel = (n: number) => `${ROMAN[n - 1] ?? String(n)}.`;
export const partLabel = (n: number) => `${n}.`;

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": the signer's upper-case lines. */
export function signatureLines(signature: ReportSettings['signature']): string[] {
  const lines = signature.authority.map((a) => `${a.prefix} ${a.of.trim()}`);
  if (signature.title) lines.push(signature.title.trim());
  return lines.map((l) => l.toUpperCase());
}

/** "- Như trên;" … "- Lưu: VT, VP.": a dash first, a semicolon after each, the archive last. */
export function recipientLines(recipients: ReportSettings['recipients']): string[] {
  const lines = recipients.to.map((r) => `- ${r.trim().replace(/[;.]+$/, '')};`);
  const others = recipients.archive.map((a) => a.trim()).filter((a) => a && a !== ARCHIVE_OFFICE);
  return [...lines, `- Lưu: ${[ARCHIVE_OFFICE, ...others].join(', ')}.`];
}

/** A narrative text's paragraphs: one a line, blank lines dropped. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
