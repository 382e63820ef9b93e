// The foot of the document: the recipients (box 9, left) beside the signer (box 7, right), in a
// borderless two-column table that is never split across pages.
import { AlignmentType, Paragraph, type Table } from 'docx';
import { recipientLines, signatureLines } from './nd30-format.ts';
import {
  SIGNATURE_BLANK_LINES,
  SIGNATURE_COLUMNS,
  SIGNATURE_SPACE_BEFORE,
  SIZE,
} from './nd30-layout.ts';
import { layoutTable, line } from './nd30-parts.ts';
import type { Nd30Document } from './nd30-types.ts';

function recipientsBlock(doc: Nd30Document): Paragraph[] {
  const left = { align: AlignmentType.LEFT };
  return [
    line('Nơi nhận:', SIZE.recipientsLabel, { ...left, bold: true, italics: true }),
    ...recipientLines(doc.recipients).map((l) => line(l, SIZE.recipients, left)),
  ];
}

function signerBlock(doc: Nd30Document): Paragraph[] {
  const name = doc.signature.name.trim();
  if (!name) throw new RangeError("The signer's name is missing");
  return [
    ...signatureLines(doc.signature).map((l) => line(l, SIZE.signature, { bold: true })),
    ...Array.from({ length: SIGNATURE_BLANK_LINES }, () => line('', SIZE.signature)),
    line(name, SIZE.signature, { bold: true }),
  ];
}

/** A spacer (which also keeps the table apart from a table that ends the body), then the block. */
export function signatureBlock(doc: Nd30Document): [Paragraph, Table] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 0, after: SIGNATURE_SPACE_BEFORE } }),
    layoutTable(SIGNATURE_COLUMNS, [[recipientsBlock(doc), signerBlock(doc)]]),
  ];
}
