// The home dashboard: my organisation's work and, for those who steer, the ward's overview.
import type { FastifyPluginAsync } from 'fastify';
import type { CoreServices } from '../../services.ts';
import type { Db } from '../../db/prisma.ts';
import { dashboardRoutes } from './dashboard.routes.ts';
import { createDashboardService } from './dashboard.service.ts';
import { createMyWorkRepository } from './my-work.repository.ts';
import { createOverviewRepository } from './overview.repository.ts';

export interface DashboardDeps {
  db: Db;
  core: CoreServices;
  now?: () => Date;
}

/** `dashboard`: GET /dashboard. Counts in SQL of its own; the reader's cases are counted by the case list. */
export function createDashboardServices({ db, core, now }: DashboardDeps) {
  return {
    dashboard: createDashboardService({
      myWork: createMyWorkRepository(db),
      cases: core.cases,
      overview: createOverviewRepository(db),
      ...(now ? { now } : {}),
    }),
  };
}

export type DashboardServices = ReturnType<typeof createDashboardServices>;

/** Registered under /api: /dashboard. */
export const dashboardModuleRoutes: FastifyPluginAsync<{ services: DashboardServices }> = async (app, { services }) => {
  await app.register(dashboardRoutes, { prefix: '/dashboard', dashboard: services.dashboard });
};
