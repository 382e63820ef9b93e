// Exporting a list over HTTP as a client does (POST, poll GET /exports/:id, download) and
// reading the file back: XLSX with exceljs, CSV with a small RFC 4180 reader.
import type { ExportJob } from '@phoihop/shared/exports';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { injectAs, type Session } from '../helpers/app.ts';

export async function startExport(app: FastifyInstance, session: Session, body: { list: string; format: 'xlsx' | 'csv'; query?: Record<string, string> }) {
  const res = await injectAs(app, session, { method: 'POST', url: '/api/exports', payload: { query: {}, ...body } });
  expect(res.statusCode, res.body).toBe(202);
  return res.json<ExportJob>();
}

/** Polls the job until it is done or failed. */
export async function waitFor(app: FastifyInstance, session: Session, id: string): Promise<ExportJob> {
  for (let i = 0; i < 600; i++) {
    const res = await injectAs(app, session, { method: 'GET', url: `/api/exports/${id}` });
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json<ExportJob>();
    if (job.status === 'DONE' || job.status === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`export ${id} did not finish`);
}

export async function download(app: FastifyInstance, session: Session, id: string) {
  const res = await injectAs(app, session, { method: 'GET', url: `/api/exports/${id}/file` });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

/** Exports a list and downloads the file once done. */
export async function exportFile(app: FastifyInstance, session: Session, body: { list: string; format: 'xlsx' | 'csv'; query?: Record<string, string> }) {
  const job = await waitFor(app, session, (await startExport(app, session, body)).id);
  expect(job.status, job.error ?? '').toBe('DONE');
  return { job, res: await download(app, session, job.id) };
}

export interface Sheet {
  sheet: ExcelJS.Worksheet;
  title: string;
  subtitle: string;
  headers: string[];
  /** Data rows as cell texts (dates as dd/mm/yyyy, as Excel shows them). */
  rows: string[][];
}

const HEADER_ROW = 3;

const cellText = (cell: ExcelJS.Cell): string => {
  if (cell.value instanceof Date) {
    const iso = cell.value.toISOString();
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  // Everything the export writes is a string, a number or a date.
  return typeof cell.value === 'string' || typeof cell.value === 'number' ? String(cell.value) : '';
};

export async function readXlsx(data: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const width = sheet.getRow(HEADER_ROW).cellCount;
  const texts = (n: number) => Array.from({ length: width }, (_, i) => cellText(sheet.getRow(n).getCell(i + 1)));
  const rows: string[][] = [];
  for (let n = HEADER_ROW + 1; n <= sheet.rowCount; n++) rows.push(texts(n));
  return { sheet, title: sheet.getCell(1, 1).text, subtitle: sheet.getCell(2, 1).text, headers: texts(HEADER_ROW), rows };
}

/** Records of a CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else {
      field += ch;
    }
  }
  if (field || record.length) {
    endField();
    records.push(record);
  }
  return records;
}

export function readCsv(data: Buffer): { headers: string[]; rows: string[][] } {
  expect([...data.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const [headers, ...rows] = parseCsv(data.subarray(3).toString('utf8'));
  return { headers: headers!, rows };
}

/** Every item of a keyset list, page by page, as the SPA would scroll through it. */
export async function listAll<T>(app: FastifyInstance, session: Session, url: string, query: Record<string, string>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '100', ...(cursor ? { cursor } : {}) });
    const res = await injectAs(app, session, { method: 'GET', url: `${url}?${params.toString()}` });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{ items: T[]; nextCursor: string | null }>();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** dd/MM/yyyy of an ISO day, or '' — how both files write dates. */
export const vi = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
