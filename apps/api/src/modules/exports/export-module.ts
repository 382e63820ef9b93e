// Exports of the lists as XLSX or CSV, built in the background with progress.
import type { FastifyPluginAsync } from 'fastify';
import type { CoreServices } from '../../services.ts';
import type { Db } from '../../db/prisma.ts';

export interface ExportDeps {
  db: Db;
  /** The list services whose pages an export walks through, with the reader's own access. */
  core: CoreServices;
  now?: () => Date;
}

/** `exports`: create, follow and download export jobs; hourly clean-up. */
export function createExportServices(_deps: ExportDeps) {
  return { exports: {} };
}

export type ExportServices = ReturnType<typeof createExportServices>;

/** Registered under /api: /exports. */
export const exportModuleRoutes: FastifyPluginAsync<{ services: ExportServices }> = async () => {};
