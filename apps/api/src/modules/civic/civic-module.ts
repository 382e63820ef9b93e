// Social criticism of drafts, voter contact and suggestion boxes. Wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { FollowUpDeps } from '../../lib/follow-ups.ts';

export function createCivicServices(deps: FollowUpDeps) {
  void deps;
  return { criticism: {}, voterContact: {}, suggestions: {} };
}

export type CivicServices = ReturnType<typeof createCivicServices>;

/** Registered under /api: /drafts, /draft-comments, /voter-meetings, /voter-petitions, /suggestion-boxes, /box-openings, /suggestions. */
export const civicModuleRoutes: FastifyPluginAsync<{ services: CivicServices }> = async (
  app,
  { services },
) => {
  void app;
  void services;
};
