// Exports of the lists (issue 6): what is on screen, with its filters, as XLSX or CSV, built in
// the background with progress. The query is the list's own query string, checked by the list's
// query schema, so an export shows exactly what the list shows to the same person.
import { z } from 'zod';
import { idParamsSchema, idSchema, safeStringSchema } from './common.ts';
import { caseExportQuerySchema } from './cases.ts';
import { listMediationCasesQuerySchema } from './mediation.ts';
import { listTasksQuerySchema } from './plans.ts';
import { receptionBookQuerySchema } from './reception.ts';
import { listRecommendationsQuerySchema } from './supervision.ts';
import { listPetitionsQuerySchema } from './voter-contact.ts';

export const exportLists = [
  'tasks',
  'cases',
  'reception-book',
  'recommendations',
  'voter-petitions',
  'mediation-cases',
] as const;
export const exportListSchema = z.enum(exportLists);
export type ExportList = z.infer<typeof exportListSchema>;

export const exportFormats = ['xlsx', 'csv'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Each list's filters, as its GET endpoint reads them (paging left out). */
export const exportQuerySchemas = {
  tasks: listTasksQuerySchema.omit({ limit: true, cursor: true }),
  cases: caseExportQuerySchema,
  'reception-book': receptionBookQuerySchema,
  recommendations: listRecommendationsQuerySchema.omit({ limit: true, cursor: true }),
  'voter-petitions': listPetitionsQuerySchema.omit({ limit: true, cursor: true }),
  'mediation-cases': listMediationCasesQuerySchema.omit({ limit: true, cursor: true }),
} as const satisfies Record<ExportList, z.ZodType>;

/** Most rows one export writes; the file says so when the list had more. */
export const EXPORT_ROW_CAP = 100_000;

export const createExportBodySchema = z.object({
  list: exportListSchema,
  format: exportFormatSchema,
  /** The list's query string as key → value, e.g. {state: "open", from: "2025-01-01"}. */
  query: z.record(z.string().regex(/^[A-Za-z]{1,50}$/), safeStringSchema().max(500)).default({}),
});
export type CreateExportBody = z.infer<typeof createExportBodySchema>;

export const exportStatuses = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export const exportStatusSchema = z.enum(exportStatuses);
export type ExportStatus = z.infer<typeof exportStatusSchema>;

export const exportJobSchema = z.object({
  id: idSchema,
  list: exportListSchema,
  format: exportFormatSchema,
  status: exportStatusSchema,
  /**
   * Rows written so far, updated after every page; `total` is the list's count when it is cheap
   * to take up front (tasks, cases, the reception book), else null until the job is done (and
   * after, if the export was cut at EXPORT_ROW_CAP).
   */
  processed: z.number().int(),
  total: z.number().int().nullable(),
  fileName: z.string().nullable(),
  /** Vietnamese reason when FAILED. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;

export const listExportJobsSchema = z.object({ items: z.array(exportJobSchema) });
export const exportJobParamsSchema = idParamsSchema;
