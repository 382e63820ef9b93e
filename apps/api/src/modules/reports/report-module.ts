// The annual coordination report: figures from the records, drafts, saved versions, DOCX in the
// Decree 30 format, and each unit's report settings. Wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { CoreServices } from '../../services.ts';
import type { Db } from '../../db/prisma.ts';

export interface ReportDeps {
  db: Db;
  /** The services the report reads its figures through (plans, cases, mediation…). */
  core: CoreServices;
  now?: () => Date;
}

/** `reports`: drafts, versions, DOCX, settings. */
export function createReportServices(_deps: ReportDeps) {
  return { reports: {} };
}

export type ReportServices = ReturnType<typeof createReportServices>;

/** Registered under /api: /reports/annual/…, /settings/report. */
export const reportModuleRoutes: FastifyPluginAsync<{ services: ReportServices }> = async () => {};
