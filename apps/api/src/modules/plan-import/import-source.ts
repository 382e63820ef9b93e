// What every reader produces: the rows of a file with the numbers people see, plus the
// problems that stop a file from being read at all (no header row, malformed JSON).
import type { ImportProblem, RawImportRow } from '@phoihop/shared/plan-import';
import type { ReviewPeriod } from '@phoihop/shared/plans';

export interface SourceRow {
  /** The spreadsheet row, or the item's place (from 1) in a JSON/YAML file. */
  rowNumber: number;
  cells: RawImportRow;
}

export interface ImportSource {
  title?: string;
  reviewPeriods?: ReviewPeriod[];
  rows: SourceRow[];
  problems: ImportProblem[];
}

export type ImportFormat = 'xlsx' | 'json' | 'yaml';

export function formatOf(fileName: string): ImportFormat | null {
  const extension = fileName.split('.').pop()?.toLowerCase();
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'json') return 'json';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return null;
}

/** A problem with the file as a whole (row 0: no row to point at). */
export const fileProblem = (message: string): ImportProblem => ({ row: 0, column: null, message });
