// Letters and cases: the services and routes of the module, wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/prisma.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';

export function createCaseServices(_deps: { db: Db; calendar: CalendarService; now?: () => Date }) {
  return {};
}

export type CaseServices = ReturnType<typeof createCaseServices>;

/** Registered under /api. */
export const caseModuleRoutes: FastifyPluginAsync<{ services: CaseServices }> = async () => {};
