// What an export writes, whatever the format: a title, the filters in words, columns with a
// Vietnamese header, a width and a kind, and rows of plain cell values.
export type ColumnKind = 'text' | 'date' | 'number';

/** A date column's cells hold ISO days ("2026-03-02"); the writers turn them into dates. */
export type CellValue = string | number | null;

export interface ColumnSpec {
  header: string;
  width: number;
  kind: ColumnKind;
  /** Its values are the app's own words (a status, a kind), translated for an English reader. */
  label?: boolean;
}

/** A column of a list's rows; `index` counts the rows of the whole export from 0 (for STT). */
export interface Column<R> extends ColumnSpec {
  value: (row: R, index: number) => CellValue;
}

export interface SheetLayout {
  /** The worksheet's name (Excel allows 31 characters). */
  sheetName: string;
  /** First line, e.g. "DANH SÁCH ĐƠN THƯ - PHƯỜNG HOÀNH SƠN". */
  title: string;
  /** Second line: the filters in words and the day of the export. */
  subtitle: string;
  columns: ColumnSpec[];
}

/** Receives the rows of one export and gives the file. */
export interface SheetWriter {
  addRow(values: CellValue[]): void;
  /** A line after the rows, e.g. that the export was cut at the row cap. */
  addNote(text: string): void;
  finish(): Promise<Buffer>;
}

/** The rows of a list, page by page, as cell values in the columns' order. */
export async function* cellsOf<R>(columns: Column<R>[], pages: AsyncIterable<R[]>): AsyncGenerator<CellValue[][]> {
  let index = 0;
  for await (const page of pages) {
    yield page.map((row) => {
      const cells = columns.map((c) => c.value(row, index));
      index++;
      return cells;
    });
  }
}
