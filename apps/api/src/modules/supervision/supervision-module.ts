// Supervision by the Front: standing boards, supervision teams, reports and recommendations.
// Wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { FollowUpDeps } from '../../lib/follow-ups.ts';
import { createBoardRepository } from './boards.repository.ts';
import { createBoardService } from './boards.service.ts';
import { createLookupRepository } from './lookups.repository.ts';
import { createRecommendationRepository } from './recommendations.repository.ts';
import { createRecommendationService } from './recommendations.service.ts';
import { supervisionRoutes } from './supervision.routes.ts';
import { createSupervisionRepository } from './supervisions.repository.ts';
import { createSupervisionService } from './supervisions.service.ts';

/** `supervision`: boards, supervisions, recommendations and the hourly `notifyOverdue()`. */
export function createSupervisionServices(deps: FollowUpDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const lookups = createLookupRepository();
  const boards = createBoardRepository(db, lookups, now);
  const supervisions = createSupervisionRepository(db, lookups);
  const recommendations = createRecommendationRepository(db, lookups);
  return {
    supervision: {
      ...createBoardService({ db, boards, lookups }),
      ...createSupervisionService({ db, supervisions, recommendations, boards, lookups, now }),
      ...createRecommendationService({ ...deps, recommendations, supervisions, lookups, now }),
    },
  };
}

export type SupervisionServices = ReturnType<typeof createSupervisionServices>;

/** Registered under /api: /supervisions, /supervision-boards, /recommendations. */
export const supervisionModuleRoutes: FastifyPluginAsync<{
  services: SupervisionServices;
}> = async (app, { services }) => {
  await app.register(supervisionRoutes, { supervision: services.supervision });
};
