// Small docx building blocks the header, body and signature share: runs in the document's font,
// single-spaced lines for the table cells, the rules, and the borderless two-column table.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  CELL_PADDING,
  COLOR,
  CONTENT_WIDTH,
  RULE_LINE_HEIGHT,
  RULE_THICKNESS,
  SINGLE_LINE,
} from './nd30-layout.ts';

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** A run at a size in points (docx counts half-points). */
export function run(text: string, sizePt: number, style: RunStyle = {}): TextRun {
  return new TextRun({ text, size: sizePt * 2, bold: style.bold, italics: style.italics });
}

/** One single-spaced line, as the header and signature cells set them. */
export function line(
  text: string,
  sizePt: number,
  style: RunStyle & { align?: Align; spaceBefore?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: { before: style.spaceBefore ?? 0, after: 0, line: SINGLE_LINE },
    children: text ? [run(text, sizePt, style)] : [],
    run: { size: sizePt * 2 },
  });
}

/** A solid rule of a width, centred in the space available: the bottom border of a thin empty paragraph. */
export function rule(width: number, available: number, spaceAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((available - Math.min(width, available)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_THICKNESS, color: COLOR, space: 0 } },
    spacing: { before: 0, after: spaceAfter, line: RULE_LINE_HEIGHT, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}

/** The width inside a cell of a borderless layout table. */
export const cellContentWidth = (columnWidth: number): number => columnWidth - 2 * CELL_PADDING;

/**
 * A borderless table across the page, as the appendix lays out its header and signature blocks
 * side by side. Each row is a list of cells, each cell a list of paragraphs.
 */
export function layoutTable(
  columnWidths: readonly number[],
  rows: readonly (readonly Paragraph[])[][],
): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: CELL_PADDING, right: CELL_PADDING },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                children: [...children],
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
              }),
          ),
        }),
    ),
  });
}
