// The export_jobs table: a job's state and progress, and its file once built (kept a day).
import type { ExportFormat, ExportJob, ExportList } from '@phoihop/shared/exports';
import type { Db, Tx } from '../../db/prisma.ts';

/** Everything but the file's bytes. */
const select = {
  id: true,
  unitId: true,
  userId: true,
  list: true,
  format: true,
  status: true,
  processed: true,
  total: true,
  fileName: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

interface JobRow {
  id: string;
  unitId: string;
  userId: string;
  list: string;
  format: string;
  status: ExportJob['status'];
  processed: number;
  total: number | null;
  fileName: string | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export const toExportJob = (row: JobRow): ExportJob => ({
  id: row.id,
  list: row.list as ExportList,
  format: row.format as ExportFormat,
  status: row.status,
  processed: row.processed,
  total: row.total,
  fileName: row.fileName,
  error: row.error,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

const unfinished = { in: ['QUEUED' as const, 'RUNNING' as const] };

export function createExportJobRepository(db: Db) {
  return {
    create: (
      tx: Tx,
      data: { unitId: string; userId: string; list: ExportList; format: ExportFormat; query: Record<string, string>; createdAt: Date },
    ) => tx.exportJob.create({ data, select }),

    /** The user's newest jobs, on (user_id, created_at desc). */
    newestOf: (userId: string, take: number) =>
      db.exportJob.findMany({ where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, select }),

    find: (id: string) => db.exportJob.findUnique({ where: { id }, select }),

    findFile: (id: string) =>
      db.exportJob.findUnique({ where: { id }, select: { ...select, mimeType: true, data: true } }),

    /** QUEUED → RUNNING; false when the job is gone (deleted meanwhile). */
    async start(id: string, at: Date): Promise<boolean> {
      const { count } = await db.exportJob.updateMany({ where: { id, status: 'QUEUED' }, data: { status: 'RUNNING', startedAt: at } });
      return count > 0;
    },

    setTotal: (id: string, total: number) => db.exportJob.updateMany({ where: { id }, data: { total } }),

    setProcessed: (id: string, processed: number) => db.exportJob.updateMany({ where: { id }, data: { processed } }),

    finish: (id: string, data: { processed: number; total?: number; fileName: string; mimeType: string; data: Buffer; finishedAt: Date }) =>
      db.exportJob.updateMany({
        where: { id, status: 'RUNNING' },
        data: { ...data, data: new Uint8Array(data.data), status: 'DONE' },
      }),

    fail: (id: string, error: string, finishedAt: Date) =>
      db.exportJob.updateMany({ where: { id, status: unfinished }, data: { status: 'FAILED', error, finishedAt } }),

    /** Jobs a stopped process left queued or running. */
    async failUnfinished(error: string, finishedAt: Date): Promise<number> {
      const { count } = await db.exportJob.updateMany({ where: { status: unfinished }, data: { status: 'FAILED', error, finishedAt } });
      return count;
    },

    async deleteCreatedBefore(before: Date): Promise<number> {
      const { count } = await db.exportJob.deleteMany({ where: { createdAt: { lt: before } } });
      return count;
    },
  };
}

export type ExportJobRepository = ReturnType<typeof createExportJobRepository>;
