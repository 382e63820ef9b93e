// Letters and cases: the services and routes of the module, wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/prisma.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { createNotificationRepository } from '../notifications/notifications.repository.ts';
import { createLegalSettingsService } from '../settings/legal-settings.service.ts';
import { createSettingRepository } from '../settings/settings.repository.ts';
import { settingsRoutes } from '../settings/settings.routes.ts';
import { createCaseQuery } from './case-query.ts';
import { caseRoutes } from './cases.routes.ts';
import { createCaseRepository } from './cases.repository.ts';
import { createCaseService } from './cases.service.ts';

export function createCaseServices({ db, calendar, now }: { db: Db; calendar: CalendarService; now?: () => Date }) {
  const legalSettings = createLegalSettingsService({ db, settings: createSettingRepository(db) });
  const cases = createCaseService({
    db,
    cases: createCaseRepository(db),
    query: createCaseQuery(db),
    calendar,
    legal: legalSettings,
    notifications: createNotificationRepository(db),
    ...(now ? { now } : {}),
  });
  // Deadlines stored on open cases were counted on the old calendar or limits. A province has
  // tens of thousands of open cases: the recount runs after the admin's save has answered, one
  // at a time, and `deadlinesRecounted()` says when the last one is done.
  let recount: Promise<unknown> = Promise.resolve();
  const recompute = () => {
    recount = recount
      .then(() => cases.recomputeDeadlines())
      .catch((error: unknown) => {
        console.error('[phoihop] Không tính lại được thời hạn của các đơn đang giải quyết:', error);
      });
    return Promise.resolve();
  };
  calendar.onChange(recompute);
  legalSettings.onChange(recompute);
  return { cases, legalSettings, deadlinesRecounted: () => recount.then(() => undefined) };
}

export type CaseServices = ReturnType<typeof createCaseServices>;

/** Registered under /api. */
export const caseModuleRoutes: FastifyPluginAsync<{ services: CaseServices & { db: Db } }> = async (app, { services }) => {
  await app.register(caseRoutes, { prefix: '/cases', cases: services.cases, db: services.db });
  await app.register(settingsRoutes, { prefix: '/settings', legalSettings: services.legalSettings });
};
