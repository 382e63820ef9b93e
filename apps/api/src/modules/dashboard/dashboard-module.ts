// The home dashboard: my organisation's work and, for those who steer, the ward's overview.
import type { FastifyPluginAsync } from 'fastify';
import type { CoreServices } from '../../services.ts';
import type { Db } from '../../db/prisma.ts';

export interface DashboardDeps {
  db: Db;
  core: CoreServices;
  now?: () => Date;
}

/** `dashboard`: GET /dashboard. */
export function createDashboardServices(_deps: DashboardDeps) {
  return { dashboard: {} };
}

export type DashboardServices = ReturnType<typeof createDashboardServices>;

/** Registered under /api: /dashboard. */
export const dashboardModuleRoutes: FastifyPluginAsync<{ services: DashboardServices }> = async () => {};
