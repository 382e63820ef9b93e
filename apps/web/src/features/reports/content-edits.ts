// The editor changes one part of the report at a time; these keep the rest as it was.
import type { AnnualReportContent } from '@phoihop/shared/reports';

export type BlockPath =
  | { kind: 'title' | 'intro' | 'closing' }
  | { kind: 'section'; section: number; field: 'title' | 'text' }
  | { kind: 'part'; section: number; part: number; field: 'title' | 'text' };

/** The text the author edits for a part: the title's lines are edited as lines of one text. */
export function blockValue(content: AnnualReportContent, path: BlockPath): string {
  switch (path.kind) {
    case 'title':
      return content.title.join('\n');
    case 'intro':
    case 'closing':
      return content[path.kind];
    case 'section':
      return content.sections[path.section]?.[path.field] ?? '';
    case 'part':
      return content.sections[path.section]?.children[path.part]?.[path.field] ?? '';
  }
}

export function withBlock(
  content: AnnualReportContent,
  path: BlockPath,
  value: string,
): AnnualReportContent {
  switch (path.kind) {
    case 'title':
      return { ...content, title: value.split('\n') };
    case 'intro':
    case 'closing':
      return { ...content, [path.kind]: value };
    case 'section':
      return {
        ...content,
        sections: content.sections.map((s, i) =>
          i === path.section ? { ...s, [path.field]: value } : s,
        ),
      };
    case 'part':
      return {
        ...content,
        sections: content.sections.map((s, i) =>
          i === path.section
            ? {
                ...s,
                children: s.children.map((c, j) =>
                  j === path.part ? { ...c, [path.field]: value } : c,
                ),
              }
            : s,
        ),
      };
  }
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** As saved: the title without blank lines, headings on one line, texts without trailing space. */
export function cleanContent(content: AnnualReportContent): AnnualReportContent {
  return {
    title: content.title.map((l) => l.trim()).filter((l) => l !== ''),
    intro: content.intro.trim(),
    sections: content.sections.map((s) => ({
      title: oneLine(s.title),
      text: s.text.trim(),
      children: s.children.map((c) => ({ title: oneLine(c.title), text: c.text.trim() })),
    })),
    closing: content.closing.trim(),
  };
}
