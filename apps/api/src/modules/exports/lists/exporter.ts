// One exporter per list: the list's own checks before a job exists, then its title, filters in
// words, columns and pages, read through the same service method as the list endpoint (same
// access filter, same masking) with the creator's own context.
import type { Page } from '@phoihop/shared/common';
import { formatDateVi } from '@phoihop/shared/dates';
import type { ExportList, exportQuerySchemas } from '@phoihop/shared/exports';
import type { z } from 'zod';
import type { RequestContext } from '../../../lib/context.ts';
import type { CoreServices } from '../../../services.ts';
import type { ExportLookups } from '../export-lookups.repository.ts';
import type { CellValue, ColumnSpec } from '../export-sheet.ts';

export type ExportQuery<L extends ExportList> = z.output<(typeof exportQuerySchemas)[L]>;

export interface ExportSource {
  /** The list's name, e.g. "Danh sách đơn thư". */
  title: string;
  sheetName: string;
  /** The filters in words, e.g. "Lĩnh vực: Đất đai"; empty for the whole list. */
  filters: string[];
  /** The file's name without extension, ASCII, e.g. "don-thu-2026-11-26". */
  fileStem: string;
  columns: ColumnSpec[];
  /** Rows the list holds, when cheap to count; null otherwise. */
  total: () => Promise<number | null>;
  pages: (pageSize: number) => AsyncIterable<CellValue[][]>;
}

export interface ListExporter<Q> {
  /** Throws what the list would (403, 400) for this reader and filter; nothing is written. */
  check(query: Q, ctx: RequestContext): Promise<void>;
  open(query: Q, ctx: RequestContext): Promise<ExportSource>;
  /** The query as the audit log keeps it, when a filter may hold what the log must not. */
  auditQuery?(raw: Record<string, string>): Record<string, string>;
}

export type Exporters = { [L in ExportList]: ListExporter<ExportQuery<L>> };

export interface ExporterDeps {
  core: Pick<CoreServices, 'tasks' | 'cases' | 'reception' | 'supervision' | 'voterContact' | 'mediation'>;
  lookups: ExportLookups;
  /** Today in Vietnam, from the injected clock. */
  today: () => string;
}

/** Every page of a keyset list, from the first until there is no next cursor. */
export async function* walkPages<T>(fetch: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** "từ ngày 01/01/2025 đến ngày 15/12/2025", or one end, or null when neither is set. */
export function periodWords(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}`;
  if (from) return `từ ngày ${formatDateVi(from)}`;
  if (to) return `đến ngày ${formatDateVi(to)}`;
  return null;
}

export const searchWordsOf = (q: string | undefined) => (q?.trim() ? `Tìm: “${q.trim()}”` : null);

/** Drops the filters not set. */
export const words = (...parts: (string | null | false | undefined)[]): string[] =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '');

/** The words of a yes/no filter, or null when it is not set. */
export const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? null : value ? yes : no);
