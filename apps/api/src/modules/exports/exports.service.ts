// Export jobs: created with the list's own checks and an audit row, built in the background
// with the creator's own context (so the file holds what their list shows, masked the same way),
// followed and downloaded by their creator only. A day later they are gone.
import { formatDateVi, todayInVietnam } from '@phoihop/shared/dates';
import {
  EXPORT_ROW_CAP,
  exportQuerySchemas,
  type CreateExportBody,
  type ExportFormat,
  type ExportJob,
  type ExportList,
} from '@phoihop/shared/exports';
import { errorMessages } from '@phoihop/shared/errors';
import type { Db } from '../../db/prisma.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { ExportJobRepository } from './export-jobs.repository.ts';
import { toExportJob } from './export-jobs.repository.ts';
import type { ExportLookups } from './export-lookups.repository.ts';
import { createJobQueue } from './export-queue.ts';
import { writeRows } from './export-runner.ts';
import { filterIn, wordIn, type ExportLanguage } from './export-english.ts';
import type { CellValue, ColumnSpec, SheetLayout } from './export-sheet.ts';
import { createCsvWriter, CSV_MIME } from './csv-writer.ts';
import type { ExportQuery, ExportSource, Exporters } from './lists/exporter.ts';
import { createXlsxWriter, XLSX_MIME } from './xlsx-writer.ts';

const RESTART_ERROR = 'Máy chủ đã khởi động lại trong khi đang xuất danh sách. Hãy xuất lại.';
const SERVER_ERROR = 'Không xuất được danh sách do lỗi máy chủ. Hãy thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.';
const KEEP_MS = 24 * 3_600_000;
const NEWEST = 20;

export interface ExportServiceDeps {
  db: Db;
  jobs: ExportJobRepository;
  lookups: ExportLookups;
  exporters: Exporters;
  now: () => Date;
  /** Most rows in one file (tests pass a small one). */
  cap?: number;
  /** Rows read from the list per page. */
  pageSize?: number;
  /** Exports built at once. */
  concurrency?: number;
  log?: (message: string, error: unknown) => void;
}

interface QueuedExport {
  id: string;
  format: ExportFormat;
  /** The requester's language: headers, enumerated values and filters are written in it. */
  language: ExportLanguage;
  ctx: RequestContext;
  open: () => Promise<ExportSource>;
}

/** The query checked by the list's own schema, or 400 with a field error per problem. */
function parseQuery<L extends ExportList>(list: L, raw: Record<string, string>): ExportQuery<L> {
  const parsed = exportQuerySchemas[list].safeParse(raw);
  if (parsed.success) return parsed.data as ExportQuery<L>;
  const fieldErrors = parsed.error.issues.map((issue) => ({
    path: ['query', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', {
    message: `Bộ lọc không hợp lệ: ${fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    fieldErrors,
  });
}

/** Why a job failed, in the users' language: the list's own refusal, or a server fault. */
const failureText = (error: unknown) =>
  error instanceof AppError
    ? `Không xuất được danh sách: ${error.hasMessage ? error.message : errorMessages[error.code].vi}`
    : SERVER_ERROR;

/** The enumerated columns' values (statuses, kinds…) in the reader's language; typed text as is. */
async function* labelsIn(language: ExportLanguage, columns: ColumnSpec[], pages: AsyncIterable<CellValue[][]>): AsyncGenerator<CellValue[][]> {
  for await (const page of pages) {
    if (language === 'vi') yield page;
    else yield page.map((cells) => cells.map((value, i) => (columns[i]?.label && typeof value === 'string' ? wordIn(language, value) : value)));
  }
}

export function createExportService(deps: ExportServiceDeps) {
  const { db, jobs, lookups, exporters, now } = deps;
  const cap = deps.cap ?? EXPORT_ROW_CAP;
  const pageSize = deps.pageSize ?? 500;
  const log = deps.log ?? ((message: string, error: unknown) => console.error(`[phoihop] ${message}`, error));
  const queue = createJobQueue<QueuedExport>(deps.concurrency ?? 2, run);

  async function layoutOf(source: ExportSource, ctx: RequestContext, language: ExportLanguage): Promise<SheetLayout> {
    const unitName = await lookups.unitName(ctx.actor.unitId);
    const filters = source.filters.length ? source.filters.map((f) => filterIn(language, f)).join('; ') : wordIn(language, 'Toàn bộ danh sách');
    const day = formatDateVi(todayInVietnam(now()));
    return {
      sheetName: wordIn(language, source.sheetName),
      title: [wordIn(language, source.title), unitName].filter(Boolean).join(' - ').toUpperCase(),
      subtitle: `${filters} (${language === 'en' ? 'exported on' : 'xuất ngày'} ${day})`,
      columns: source.columns.map((c) => ({ ...c, header: wordIn(language, c.header) })),
    };
  }

  async function run(task: QueuedExport): Promise<void> {
    if (!(await jobs.start(task.id, now()))) return;
    try {
      const source = await task.open();
      const total = await source.total();
      if (total !== null) await jobs.setTotal(task.id, total);
      const layout = await layoutOf(source, task.ctx, task.language);
      const writer = task.format === 'xlsx' ? createXlsxWriter(layout) : createCsvWriter(layout);
      const { processed, truncated } = await writeRows({
        pages: labelsIn(task.language, source.columns, source.pages(pageSize)),
        writer,
        cap,
        language: task.language,
        onProgress: async (n) => void (await jobs.setProcessed(task.id, n)),
      });
      const data = await writer.finish();
      await jobs.finish(task.id, {
        processed,
        // A list not counted up front is counted now, unless it was cut at the cap.
        ...(total === null && !truncated ? { total: processed } : {}),
        fileName: `${source.fileStem}.${task.format}`,
        mimeType: task.format === 'xlsx' ? XLSX_MIME : CSV_MIME,
        data,
        finishedAt: now(),
      });
    } catch (error) {
      log(`Xuất danh sách ${task.id} không thành công`, error);
      await jobs.fail(task.id, failureText(error), now());
    }
  }

  /** A job of the reader's own; anyone else's reads as not found. */
  async function own<T extends { userId: string }>(found: T | null, ctx: RequestContext): Promise<T> {
    if (!found || found.userId !== ctx.actor.id) throw notFound();
    return found;
  }

  async function create<L extends ExportList>(list: L, body: CreateExportBody, ctx: RequestContext, language: ExportLanguage): Promise<ExportJob> {
    const query = parseQuery(list, body.query);
    const exporter = exporters[list];
    // The list's own permission and filter checks: what it refuses, the export refuses.
    await exporter.check(query, ctx);
    const job = await db.$transaction(async (tx) => {
      const created = await jobs.create(tx, {
        unitId: ctx.actor.unitId,
        userId: ctx.actor.id,
        list,
        format: body.format,
        query: body.query,
        createdAt: now(),
      });
      await recordAudit(tx, ctx, {
        action: 'export.create',
        entityType: 'ExportJob',
        entityId: created.id,
        unitId: ctx.actor.unitId,
        changes: { list, format: body.format, query: exporter.auditQuery?.(body.query) ?? body.query },
      });
      return created;
    });
    queue.push({ id: job.id, format: body.format, language, ctx, open: () => exporter.open(query, ctx) });
    return toExportJob(job);
  }

  return {
    create: (body: CreateExportBody, ctx: RequestContext, language: ExportLanguage = 'vi') => create(body.list, body, ctx, language),

    list: async (ctx: RequestContext) => ({ items: (await jobs.newestOf(ctx.actor.id, NEWEST)).map(toExportJob) }),

    get: async (id: string, ctx: RequestContext) => toExportJob(await own(await jobs.find(id), ctx)),

    async file(id: string, ctx: RequestContext) {
      const job = await own(await jobs.findFile(id), ctx);
      if (job.status !== 'DONE' || !job.data || !job.fileName) {
        throw new AppError('CONFLICT', {
          message: job.status === 'FAILED' ? 'Việc xuất danh sách không thành công: không có tệp' : 'Tệp chưa sẵn sàng: danh sách đang được xuất',
        });
      }
      const file = { fileName: job.fileName, mimeType: job.mimeType ?? 'application/octet-stream', data: Buffer.from(job.data) };
      // Exported lists hold personal data: each download is on record (id, type and size).
      await recordAudit(db, ctx, {
        action: 'export.download',
        entityType: 'ExportJob',
        entityId: job.id,
        unitId: job.unitId,
        changes: { mimeType: file.mimeType, size: file.data.length },
      });
      return file;
    },

    /** At start-up: what a stopped process left queued or running will never finish. */
    recoverInterrupted: () => jobs.failUnfinished(RESTART_ERROR, now()),

    /** Hourly: jobs and their files are kept a day. */
    deleteOld: () => jobs.deleteCreatedBefore(new Date(now().getTime() - KEEP_MS)),

    /** Resolves once no export runs or waits. */
    idle: () => queue.idle(),
  };
}

export type ExportService = ReturnType<typeof createExportService>;
