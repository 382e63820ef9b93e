// A saved version as a Decree 30 document: its header, the opening paragraph before section I,
// the sections and their numbered parts, the closing sentence after them; every {{token}} written
// out with the version's own figures, every line of a text a paragraph ("- " items kept as such).
import { fillFigures, type AnnualReportVersion } from '@phoihop/shared/reports';
import { renderNd30Docx } from './nd30/nd30-document.ts';
import type { Nd30Block, Nd30Document } from './nd30/nd30-types.ts';

export function toNd30Document(version: AnnualReportVersion): Nd30Document {
  const fill = (text: string) => fillFigures(text, version.figures);
  const paragraphs = (text: string): Nd30Block[] =>
    fill(text)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ type: 'paragraph', text: line }));
  const { header, content } = version;
  const [year, month, day] = header.date.split('-').map(Number) as [number, number, number];
  return {
    issuer: { parent: header.issuerParent, name: header.issuerName },
    ...(header.number === null ? {} : { number: header.number }),
    symbol: header.symbol,
    place: header.place,
    date: { year, month, day },
    kind: 'Báo cáo',
    title: content.title.map(fill),
    body: [
      ...paragraphs(content.intro),
      ...content.sections.map(
        (section): Nd30Block => ({
          type: 'section',
          title: fill(section.title),
          children: [
            ...paragraphs(section.text),
            ...section.children.map(
              (child): Nd30Block => ({ type: 'section', title: fill(child.title), children: paragraphs(child.text) }),
            ),
          ],
        }),
      ),
      ...paragraphs(content.closing),
    ],
    signature: {
      authority: header.signature.authority,
      ...(header.signature.title ? { title: header.signature.title } : {}),
      name: header.signature.name,
    },
    recipients: header.recipients,
  };
}

export const renderReportDocx = (version: AnnualReportVersion): Promise<Buffer> => renderNd30Docx(toNd30Document(version));

/** "bao-cao-phoi-hop-2025-v2.docx" */
export const reportFileName = (year: number, versionNo: number) => `bao-cao-phoi-hop-${year}-v${versionNo}.docx`;
