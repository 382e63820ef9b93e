// The annual coordination report: figures from the records, drafts, saved versions, DOCX in the
// Decree 30 format, and each unit's report settings. Wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { CoreServices } from '../../services.ts';
import type { Db } from '../../db/prisma.ts';
import { createSettingRepository } from '../settings/settings.repository.ts';
import { createAnnualReportRepository } from './annual-reports.repository.ts';
import { createAnnualReportService } from './annual-reports.service.ts';
import { createReportFigureRepository } from './report-figures.repository.ts';
import { createReportFigureService } from './report-figures.service.ts';
import { createReportPlanRepository } from './report-plans.repository.ts';
import { createReportSettingsService } from './report-settings.service.ts';
import { createReportUnitRepository } from './report-unit.repository.ts';
import { annualReportRoutes, reportSettingsRoutes } from './reports.routes.ts';

export interface ReportDeps {
  db: Db;
  /** The record services; the report reads the records' counts with its own aggregate queries. */
  core: CoreServices;
  now?: () => Date;
}

/** `reports`: drafts, versions, DOCX, settings. */
export function createReportServices({ db, now }: ReportDeps) {
  const plans = createReportPlanRepository(db);
  const settings = createReportSettingsService({
    db,
    settings: createSettingRepository(db),
    units: createReportUnitRepository(db),
  });
  const figures = createReportFigureService({ figures: createReportFigureRepository(db), plans });
  const annual = createAnnualReportService({
    db,
    reports: createAnnualReportRepository(db),
    plans,
    figures,
    settings,
    ...(now ? { now } : {}),
  });
  return { reports: { annual, settings } };
}

export type ReportServices = ReturnType<typeof createReportServices>;

/** Registered under /api: /reports/annual/…, /settings/report. */
export const reportModuleRoutes: FastifyPluginAsync<{ services: ReportServices }> = async (app, { services }) => {
  await app.register(annualReportRoutes, { prefix: '/reports/annual', annualReports: services.reports.annual });
  await app.register(reportSettingsRoutes, { prefix: '/settings/report', reportSettings: services.reports.settings });
};
