// CSV through csv-stringify: UTF-8 with a byte-order mark so Excel reads Vietnamese correctly,
// comma-separated with CRLF (RFC 4180), the header row first and dates written dd/MM/yyyy. Text
// starting with = + - @ gets a leading apostrophe: what citizens and officers typed must open as
// text, never run as a formula (CSV injection).
import { stringify } from 'csv-stringify';
import { formatDateVi } from '@phoihop/shared/dates';
import type { CellValue, SheetLayout, SheetWriter } from './export-sheet.ts';

export const CSV_MIME = 'text/csv; charset=utf-8';

export function createCsvWriter(layout: SheetLayout): SheetWriter {
  const chunks: Buffer[] = [];
  const stringifier = stringify({ bom: true, record_delimiter: 'windows', escape_formulas: true });
  stringifier.on('data', (chunk: Buffer | string) => chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
  const ended = new Promise<void>((resolve, reject) => {
    stringifier.on('end', resolve);
    stringifier.on('error', reject);
  });
  const { columns } = layout;
  stringifier.write(columns.map((c) => c.header));
  return {
    addRow(values: CellValue[]) {
      stringifier.write(
        values.map((value, i) => (value === null ? '' : columns[i]?.kind === 'date' && typeof value === 'string' ? formatDateVi(value) : value)),
      );
    },
    addNote(text: string) {
      stringifier.write([text]);
    },
    async finish() {
      stringifier.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
