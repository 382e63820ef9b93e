// Supervision by the Front: standing boards, supervision teams, reports and recommendations.
// Wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { FollowUpDeps } from '../../lib/follow-ups.ts';

export function createSupervisionServices(deps: FollowUpDeps) {
  void deps;
  return { supervision: {} };
}

export type SupervisionServices = ReturnType<typeof createSupervisionServices>;

/** Registered under /api: /supervisions, /supervision-boards, /recommendations. */
export const supervisionModuleRoutes: FastifyPluginAsync<{
  services: SupervisionServices;
}> = async (app, { services }) => {
  void app;
  void services;
};
