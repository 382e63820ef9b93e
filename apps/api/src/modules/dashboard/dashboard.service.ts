// GET /dashboard: everyone's own work, and the unit's overview for those who steer.
import type { Dashboard } from '@phoihop/shared/dashboard';
import { todayInVietnam } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import type { RequestContext } from '../../lib/context.ts';
import type { CaseService } from '../cases/cases.service.ts';
import { createMyWork } from './my-work.ts';
import type { MyWorkRepository } from './my-work.repository.ts';
import { overviewOf } from './overview.ts';
import type { OverviewRepository } from './overview.repository.ts';

interface Deps {
  myWork: MyWorkRepository;
  cases: Pick<CaseService, 'count'>;
  overview: OverviewRepository;
  now?: () => Date;
}

export function createDashboardService({ myWork, cases, overview, now = () => new Date() }: Deps) {
  const mine = createMyWork(myWork, cases);
  return {
    async get(query: { year?: number | undefined; mineYear?: number | undefined }, ctx: RequestContext): Promise<Dashboard> {
      const { actor } = ctx;
      const today = todayInVietnam(now());
      const year = query.year ?? Number(today.slice(0, 4));
      const steers = can(actor, 'dashboard:overview', { unitId: actor.unitId });
      const [work, unit] = await Promise.all([
        mine(ctx, query.mineYear ?? Number(today.slice(0, 4)), today),
        steers ? overviewOf(overview, actor.unitId, year, today) : null,
      ]);
      return { year, today, mine: work, overview: unit };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
