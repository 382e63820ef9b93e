// Citizen reception and grassroots mediation: services and routes, wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/prisma.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { createMediationCaseRepository } from '../mediation/mediation-cases.repository.ts';
import { createMediationCaseService } from '../mediation/mediation-cases.service.ts';
import { mediationRoutes } from '../mediation/mediation.routes.ts';
import { createTeamRepository } from '../mediation/teams.repository.ts';
import { createTeamService } from '../mediation/teams.service.ts';
import { receptionRoutes } from './reception.routes.ts';
import { createReceptionRepository } from './reception.repository.ts';
import { createSessionService } from './sessions.service.ts';
import { createVisitService } from './visits.service.ts';

/** `reception`: sessions, visits, the book and the duty check; `mediation`: teams, mediators, cases, statistics. */
export function createReceptionServices(deps: { db: Db; calendar: CalendarService; now?: () => Date }) {
  const { db, calendar } = deps;
  const clock = deps.now ? { now: deps.now } : {};
  const reception = createReceptionRepository(db);
  return {
    reception: {
      ...createSessionService({ db, reception, calendar, ...clock }),
      ...createVisitService({ db, reception, ...clock }),
    },
    mediation: {
      ...createTeamService({ db, teams: createTeamRepository(db) }),
      ...createMediationCaseService({ db, cases: createMediationCaseRepository(db), ...clock }),
    },
  };
}

export type ReceptionServices = ReturnType<typeof createReceptionServices>;

/** Registered under /api. */
export const receptionModuleRoutes: FastifyPluginAsync<{ services: ReceptionServices }> = async (app, { services }) => {
  await app.register(receptionRoutes, { prefix: '/reception', reception: services.reception });
  await app.register(mediationRoutes, { prefix: '/mediation', mediation: services.mediation });
};
