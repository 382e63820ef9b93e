import {
  annualReportContentSchema,
  unknownFigureTokens,
  type AnnualReportContent,
} from '@phoihop/shared/reports';
import type { TFunction } from 'i18next';
import { partLabel, sectionLabel } from '../report-format';

/** The part of the report a content path points at, in words ("nội dung phần I.2."). */
function partName(path: readonly PropertyKey[], t: TFunction): string {
  const [top, i, kind, j, field] = path;
  if (top !== 'sections' || typeof i !== 'number') return t(`reports.blocks.${String(top)}`);
  const section = sectionLabel(i + 1);
  if (kind === 'children' && typeof j === 'number') {
    const label = `${section}${partLabel(j + 1)}`;
    return t(field === 'title' ? 'reports.blocks.partTitle' : 'reports.blocks.partText', { label });
  }
  return t(kind === 'title' ? 'reports.blocks.sectionTitle' : 'reports.blocks.sectionText', {
    label: section,
  });
}

/** What stops the report from being saved, said for the part it is in; null when nothing. */
export function contentProblem(content: AnnualReportContent, t: TFunction): string | null {
  const parsed = annualReportContentSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return t('reports.editor.invalid', { part: partName(issue.path, t), message: issue.message });
  }
  const texts: [PropertyKey[], string][] = [
    [['intro'], content.intro],
    [['closing'], content.closing],
    ...content.sections.flatMap((s, i): [PropertyKey[], string][] => [
      [['sections', i, 'text'], s.text],
      ...s.children.map((c, j): [PropertyKey[], string] => [
        ['sections', i, 'children', j, 'text'],
        c.text,
      ]),
    ]),
  ];
  for (const [path, text] of texts) {
    const unknown = unknownFigureTokens(text);
    if (unknown.length > 0) {
      return t('reports.editor.invalid', {
        part: partName(path, t),
        message: t('reports.editor.unknownTokens', {
          keys: unknown.map((key) => `{{${key}}}`).join(', '),
        }),
      });
    }
  }
  return null;
}
