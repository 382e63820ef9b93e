// Writing one export: the rows of the list's pages into the file, progress after every page,
// and never more than the cap (the file then says it was cut).
import type { ExportLanguage } from './export-english.ts';
import type { CellValue, SheetWriter } from './export-sheet.ts';

export const capNote = (cap: number, language: ExportLanguage = 'vi') =>
  language === 'en'
    ? `The list has more than ${cap.toLocaleString('en-GB')} rows: the file holds the first ${cap.toLocaleString('en-GB')}. Filter further to export the rest.`
    : `Danh sách có hơn ${cap.toLocaleString('vi-VN')} dòng: tệp chỉ gồm ${cap.toLocaleString('vi-VN')} dòng đầu. Hãy lọc thêm để xuất phần còn lại.`;

export async function writeRows(input: {
  pages: AsyncIterable<CellValue[][]>;
  writer: SheetWriter;
  cap: number;
  onProgress: (processed: number) => Promise<void>;
  language?: ExportLanguage;
}): Promise<{ processed: number; truncated: boolean }> {
  const { pages, writer, cap, onProgress } = input;
  let processed = 0;
  let truncated = false;
  walk: for await (const page of pages) {
    for (const cells of page) {
      if (processed >= cap) {
        truncated = true;
        break walk;
      }
      writer.addRow(cells);
      processed++;
    }
    await onProgress(processed);
  }
  if (truncated) writer.addNote(capNote(cap, input.language));
  return { processed, truncated };
}
