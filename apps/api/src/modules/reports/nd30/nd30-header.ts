// The top of the document: issuing body and number (left), national name, motto and place-date
// line (right), in a borderless two-column table; then the kind of document and its title.
import { AlignmentType, Paragraph, type Table } from 'docx';
import { formatNumberSymbol, formatPlaceDate } from './nd30-format.ts';
import {
  CONTENT_WIDTH,
  HEADER_COLUMNS,
  HEADER_ROW_GAP,
  KIND_SPACE_BEFORE,
  MOTTO,
  MOTTO_RULE_FRACTION,
  NATIONAL_NAME,
  SHORT_RULE_FRACTION,
  SINGLE_LINE,
  SIZE,
  TITLE_SPACE_AFTER,
} from './nd30-layout.ts';
import { cellContentWidth, layoutTable, line, rule, run } from './nd30-parts.ts';
import { boldTextWidth } from './nd30-text-width.ts';
import type { Nd30Document } from './nd30-types.ts';

const widest = (lines: readonly string[], sizePt: number): number =>
  Math.max(0, ...lines.map((l) => boldTextWidth(l, sizePt)));

function issuerBlock(issuer: Nd30Document['issuer']): Paragraph[] {
  if (issuer.name.length === 0) throw new RangeError('The issuing body needs a name');
  const parent = (issuer.parent ?? []).map((l) => l.toUpperCase());
  const name = issuer.name.map((l) => l.toUpperCase());
  const available = cellContentWidth(HEADER_COLUMNS[0]);
  const ruleWidth = SHORT_RULE_FRACTION * Math.min(widest(name, SIZE.issuer), available);
  return [
    ...parent.map((l) => line(l, SIZE.issuer)),
    ...name.map((l) => line(l, SIZE.issuer, { bold: true })),
    rule(ruleWidth, available),
  ];
}

function nationalBlock(): Paragraph[] {
  const available = cellContentWidth(HEADER_COLUMNS[1]);
  return [
    line(NATIONAL_NAME, SIZE.nationalName, { bold: true }),
    line(MOTTO, SIZE.motto, { bold: true }),
    rule(MOTTO_RULE_FRACTION * boldTextWidth(MOTTO, SIZE.motto), available),
  ];
}

export function headerTable(doc: Nd30Document): Table {
  return layoutTable(HEADER_COLUMNS, [
    [issuerBlock(doc.issuer), nationalBlock()],
    [
      [
        line(formatNumberSymbol(doc.number, doc.symbol), SIZE.number, {
          spaceBefore: HEADER_ROW_GAP,
        }),
      ],
      [
        line(formatPlaceDate(doc.place, doc.date), SIZE.placeDate, {
          italics: true,
          spaceBefore: HEADER_ROW_GAP,
        }),
      ],
    ],
  ]);
}

/** "BÁO CÁO", then the summary title, bold and centred, with a short rule under it. */
export function kindAndTitle(doc: Nd30Document): Paragraph[] {
  const centred = (text: string, sizePt: number, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before, after: 0, line: SINGLE_LINE },
      children: [run(text, sizePt, { bold: true })],
    });
  const ruleWidth = SHORT_RULE_FRACTION * Math.min(widest(doc.title, SIZE.title), CONTENT_WIDTH);
  return [
    centred(doc.kind.toUpperCase(), SIZE.kind, KIND_SPACE_BEFORE),
    ...doc.title.map((l) => centred(l, SIZE.title)),
    rule(ruleWidth, CONTENT_WIDTH, TITLE_SPACE_AFTER),
  ];
}
