// Every measure of Decree 30/2020/NĐ-CP, Appendix I (administrative document format) that the
// DOCX writer uses, in one place. Where the decree gives a range we pick one value inside it and
// the comment names the range; values the decree leaves open are marked "not set by the decree".
// Units: twips (1/20 pt, 1/1440 in) for lengths, points for font sizes.

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const cmToTwips = (cm: number): number => mmToTwips(cm * 10);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** Paper: A4 (210 × 297 mm), portrait (khổ giấy, kiểu trình bày). Word writes A4 as 11906 × 16838. */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;

/** Margins (định lề trang): top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Where the page number sits inside the top margin; not set by the decree. */
export const HEADER_DISTANCE_MM = 10;

/** Width between the margins, the width of the body and of the two-column header tables. */
export const CONTENT_WIDTH = mmToTwips(PAGE.widthMm - MARGIN_MM.left - MARGIN_MM.right);

/** Font (phông chữ): Times New Roman, Unicode (TCVN 6909:2001), black. */
export const FONT = 'Times New Roman';
export const COLOR = '000000';
export const LANGUAGE = 'vi-VN';

/** Font sizes in points, each inside the range the appendix gives for that element. */
export const SIZE = {
  /** Page number 13–14, upright, centred in the top margin, not shown on the first page (số trang). */
  pageNumber: 14,
  /** Quốc hiệu: upper case 12–13, bold (Quốc hiệu). */
  nationalName: 12,
  /** Tiêu ngữ: 13–14, bold, initials of each phrase capitalised (Tiêu ngữ). */
  motto: 13,
  /** Governing body: upper case 12–13, upright; issuing body: the same, bold (tên cơ quan). */
  issuer: 12,
  /** "Số" and the symbol: 13, upright; the symbol in upper case (số, ký hiệu). */
  number: 13,
  /** Place and date: 13–14, italic (địa danh và thời gian). */
  placeDate: 14,
  /** Document kind: upper case 13–14, bold; summary title: 13–14, bold (tên loại và trích yếu). */
  kind: 14,
  title: 14,
  /** Body text 13–14 (nội dung); headings take the body size. */
  body: 14,
  /** Tables in the body: not set by the decree, one step under the body. */
  table: 13,
  /** Authority, title and name of the signer: 13–14, bold (chức vụ, họ tên). */
  signature: 14,
  /** "Nơi nhận:": 12, bold italic; the recipients listed under it: 11, upright (nơi nhận). */
  recipientsLabel: 12,
  recipients: 11,
} as const;

/** Body paragraphs: first line indented 1 cm or 1.27 cm, justified (nội dung). */
export const FIRST_LINE_INDENT = cmToTwips(1.27);
/** Paragraphs at least 6 pt apart (nội dung). */
export const PARAGRAPH_SPACING = ptToTwips(6);
/** Line spacing between single and 1.5 lines (nội dung); 240 = single, so 276 = 1.15 lines. */
export const LINE_SPACING = 276;
/** The header blocks are set single-spaced (Quốc hiệu, tên cơ quan: "dòng đơn"). */
export const SINGLE_LINE = 240;

/**
 * The header is a borderless two-column table as in the appendix's sample layout: issuing body
 * and number on the left (boxes 2 and 3), national name, motto and date on the right (boxes 1
 * and 4). The split is not set by the decree; the right column holds the national name in
 * 12 pt on one line.
 */
export const HEADER_COLUMNS = [cmToTwips(6.25), CONTENT_WIDTH - cmToTwips(6.25)] as const;
/** Signature and recipients: recipients on the left (box 9), signer on the right (box 7). */
export const SIGNATURE_COLUMNS = [cmToTwips(7.5), CONTENT_WIDTH - cmToTwips(7.5)] as const;
/** Left and right padding inside those table cells; not set by the decree. */
export const CELL_PADDING = 85;

/** Padding of the cells of ruled tables in the body; not set by the decree. */
export const TABLE_CELL_MARGINS = { top: 40, bottom: 40, left: CELL_PADDING, right: CELL_PADDING };

/** Rules: a solid line (Tiêu ngữ, tên cơ quan, trích yếu); 6 eighths of a point thick, not set by the decree. */
export const RULE_THICKNESS = 6;
/** The motto's rule is as long as the motto (Tiêu ngữ). */
export const MOTTO_RULE_FRACTION = 1;
/** The issuing body's and the summary title's rules are 1/3 to 1/2 of the text line (tên cơ quan, trích yếu). */
export const SHORT_RULE_FRACTION = 0.4;

/** Space above the document kind, under the header; not set by the decree. */
export const KIND_SPACE_BEFORE = ptToTwips(18);
/** Space above the number and date row, and under the title's rule; not set by the decree. */
export const HEADER_ROW_GAP = ptToTwips(6);
export const TITLE_SPACE_AFTER = ptToTwips(12);
/** Height of the empty paragraph that carries a rule as its top border; not set by the decree. */
export const RULE_LINE_HEIGHT = ptToTwips(3);
/** Space above the signature block; not set by the decree. */
export const SIGNATURE_SPACE_BEFORE = ptToTwips(6);
/** Empty lines between the signer's title and name, for the signature and seal; not set by the decree. */
export const SIGNATURE_BLANK_LINES = 4;

/** "Số" numbers under 10 take a leading zero (số, ký hiệu). */
export const NUMBER_PAD_BELOW = 10;
/** Days under 10 and months 1 and 2 take a leading zero (thời gian: "ngày 05 tháng 02"). */
export const DAY_PAD_BELOW = 10;
export const MONTH_PAD_BELOW = 3;

/**
 * Headings without articles (bố cục mục, khoản, điểm), by depth: a mục "I." with its name in
 * upper case, bold; a khoản "1." with a title on its own line, bold; a điểm "a)", upright. Each is
 * indented like the first line of a paragraph (1 cm or 1.27 cm from the left margin).
 */
export const HEADINGS = [
  { upperCase: true, bold: true },
  { upperCase: false, bold: true },
  { upperCase: false, bold: false },
] as const;
/** Points follow the Vietnamese alphabet: đ after d, no f, j, w, z. */
export const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** The national name and motto, verbatim. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The recipients' last line always names the clerical office's archive, "VT" (nơi nhận: "Lưu: VT, …"). */
export const ARCHIVE_OFFICE = 'VT';
