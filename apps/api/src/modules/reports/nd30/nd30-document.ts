// Writes an administrative document (a report, a plan…) as DOCX in the format of Decree
// 30/2020/NĐ-CP, Appendix I: A4 with the decree's margins, Times New Roman, the header blocks,
// the content, the signature and the recipients. The measures are in nd30-layout.ts.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { bodyContent } from './nd30-body.ts';
import { headerTable, kindAndTitle } from './nd30-header.ts';
import {
  COLOR,
  FONT,
  HEADER_DISTANCE_MM,
  LANGUAGE,
  MARGIN_MM,
  PAGE,
  SINGLE_LINE,
  SIZE,
  mmToTwips,
} from './nd30-layout.ts';
import { signatureBlock } from './nd30-signature.ts';
import type { Nd30Document } from './nd30-types.ts';

/** The page number, centred in the top margin; the first page gets an empty header instead. */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber * 2 })],
      }),
    ],
  });

export function buildNd30Document(doc: Nd30Document): Document {
  return new Document({
    creator: 'Phối hợp',
    title: [doc.kind, ...doc.title].join(' '),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body * 2, color: COLOR, language: { value: LANGUAGE } },
          paragraph: { spacing: { before: 0, after: 0, line: SINGLE_LINE } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mmToTwips(PAGE.widthMm),
              height: mmToTwips(PAGE.heightMm),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwips(MARGIN_MM.top),
              bottom: mmToTwips(MARGIN_MM.bottom),
              left: mmToTwips(MARGIN_MM.left),
              right: mmToTwips(MARGIN_MM.right),
              header: mmToTwips(HEADER_DISTANCE_MM),
              footer: mmToTwips(HEADER_DISTANCE_MM),
              gutter: 0,
            },
          },
          titlePage: true,
        },
        headers: {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children: [
          headerTable(doc),
          ...kindAndTitle(doc),
          ...bodyContent(doc.body),
          ...signatureBlock(doc),
        ],
      },
    ],
  });
}

/** Rejects, without writing anything, when the document breaks a rule of the format. */
export async function renderNd30Docx(doc: Nd30Document): Promise<Buffer> {
  return Packer.toBuffer(buildNd30Document(doc));
}
