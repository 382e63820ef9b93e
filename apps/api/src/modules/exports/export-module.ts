// Exports of the lists as XLSX or CSV, built in the background with progress.
import type { FastifyPluginAsync } from 'fastify';
import { todayInVietnam } from '@phoihop/shared/dates';
import type { CoreServices } from '../../services.ts';
import type { Db } from '../../db/prisma.ts';
import { createExportJobRepository } from './export-jobs.repository.ts';
import { createExportLookups } from './export-lookups.repository.ts';
import { exportRoutes } from './exports.routes.ts';
import { createExportService } from './exports.service.ts';
import { createExporters } from './lists/exporters.ts';

export interface ExportDeps {
  db: Db;
  /** The list services whose pages an export walks through, with the reader's own access. */
  core: CoreServices;
  now?: () => Date;
  /** Most rows in one file; EXPORT_ROW_CAP unless a test passes a small one. */
  cap?: number;
  pageSize?: number;
}

/** `exports`: create, follow and download export jobs; start-up recovery and hourly clean-up. */
export function createExportServices(deps: ExportDeps) {
  const { db, core } = deps;
  const now = deps.now ?? (() => new Date());
  const lookups = createExportLookups(db);
  const exporters = createExporters({ core, lookups, today: () => todayInVietnam(now()) });
  return {
    exports: createExportService({
      db,
      jobs: createExportJobRepository(db),
      lookups,
      exporters,
      now,
      ...(deps.cap ? { cap: deps.cap } : {}),
      ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
    }),
  };
}

export type ExportServices = ReturnType<typeof createExportServices>;

/** Registered under /api: /exports. */
export const exportModuleRoutes: FastifyPluginAsync<{ services: ExportServices }> = async (app, { services }) => {
  await app.register(exportRoutes, { prefix: '/exports', exports: services.exports });
};
