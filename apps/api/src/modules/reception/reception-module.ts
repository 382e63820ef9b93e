// Citizen reception and grassroots mediation: services and routes, wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/prisma.ts';

export function createReceptionServices(_deps: { db: Db; now?: () => Date }) {
  return {};
}

export type ReceptionServices = ReturnType<typeof createReceptionServices>;

/** Registered under /api. */
export const receptionModuleRoutes: FastifyPluginAsync<{ services: ReceptionServices }> = async () => {};
