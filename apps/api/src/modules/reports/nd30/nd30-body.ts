// The content (box 6): numbered headings, justified paragraphs indented on the first line, and
// simple ruled tables.
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import { headingLabel } from './nd30-format.ts';
import {
  CONTENT_WIDTH,
  FIRST_LINE_INDENT,
  HEADINGS,
  LINE_SPACING,
  PARAGRAPH_SPACING,
  SIZE,
  TABLE_CELL_MARGINS,
} from './nd30-layout.ts';
import { line, run, type Align } from './nd30-parts.ts';
import type { Nd30Block, Nd30Run, Nd30Table } from './nd30-types.ts';

const bodyParagraph = (runs: readonly Nd30Run[], keepNext = false): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 0, after: PARAGRAPH_SPACING, line: LINE_SPACING },
    keepNext,
    children: runs.map((r) => run(r.text, SIZE.body, r)),
  });

function heading(depth: number, n: number, title: string): Paragraph {
  const style = HEADINGS[depth - 1];
  const label = headingLabel(depth, n);
  if (!style) throw new RangeError(`No heading style at depth ${depth}`);
  const text = `${label} ${style.upperCase ? title.toUpperCase() : title}`;
  return bodyParagraph([{ text, bold: style.bold }], true);
}

const ALIGN: Record<NonNullable<Nd30Table['columns'][number]['align']>, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function table(t: Nd30Table): Table {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  if (t.columns.length === 0 || !(total > 0)) throw new RangeError('A table needs columns');
  const widths = t.columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: [
        line(text, SIZE.table, {
          bold: header,
          align: header ? AlignmentType.CENTER : ALIGN[t.columns[i]?.align ?? 'left'],
        }),
      ],
    });
  const rows = t.rows.map((r, index) => {
    if (r.length !== t.columns.length) {
      throw new RangeError(
        `Table row ${index + 1} has ${r.length} cells for ${t.columns.length} columns`,
      );
    }
    return new TableRow({ children: r.map((text, i) => cell(text, i, false)) });
  });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: TABLE_CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.columns.map((c, i) => cell(c.header, i, true)),
      }),
      ...rows,
    ],
  });
}

/** Word merges two tables that touch; a table is followed by a small empty paragraph. */
const afterTable = () => new Paragraph({ spacing: { before: 0, after: PARAGRAPH_SPACING } });

function render(blocks: readonly Nd30Block[], depth: number, out: FileChild[]): void {
  let sections = 0;
  for (const block of blocks) {
    if (block.type === 'section') {
      sections += 1;
      out.push(heading(depth, sections, block.title));
      render(block.children, depth + 1, out);
    } else if (block.type === 'paragraph') {
      const runs = typeof block.text === 'string' ? [{ text: block.text }] : block.text;
      out.push(bodyParagraph(runs));
    } else {
      out.push(table(block), afterTable());
    }
  }
}

export function bodyContent(blocks: readonly Nd30Block[]): FileChild[] {
  const out: FileChild[] = [];
  render(blocks, 1, out);
  return out;
}
