// Counts per organisation for the daily digest, straight from indexed columns.
import { addDays } from '@phoihop/shared/dates';
import type { ReviewPeriod } from '@phoihop/shared/plans';
import type { Db } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { fromIsoDate } from '../../lib/db-values.ts';

const openTask = (extra: Prisma.PlanItemWhereInput): Prisma.PlanItemWhereInput => ({
  kind: 'TASK',
  status: { in: ['NOT_STARTED', 'IN_PROGRESS'] },
  plan: { status: { in: ['APPROVED', 'IN_PROGRESS'] } },
  ...extra,
});

export type Counts = Map<string, number>;

export function createDigestRepository(db: Db) {
  /** Tasks matching `where`, counted for their lead and for each partner organisation. */
  async function byOrganisation(where: Prisma.PlanItemWhereInput): Promise<Counts> {
    const [leads, partners] = await Promise.all([
      db.planItem.groupBy({ by: ['leadOrganisationId'], where, _count: { _all: true } }),
      db.taskPartner.groupBy({ by: ['organisationId'], where: { task: where }, _count: { _all: true } }),
    ]);
    const counts: Counts = new Map();
    for (const row of leads) if (row.leadOrganisationId) counts.set(row.leadOrganisationId, row._count._all);
    for (const row of partners) counts.set(row.organisationId, (counts.get(row.organisationId) ?? 0) + row._count._all);
    return counts;
  }

  return {
    overdue: (today: string) => byOrganisation(openTask({ nextDueOn: { lt: fromIsoDate(today)! } })),

    dueSoon: (today: string) =>
      byOrganisation(openTask({ nextDueOn: { gte: fromIsoDate(today)!, lte: fromIsoDate(addDays(today, 7))! } })),

    /** Tasks that became someone's in (since, until]: added to a running plan, or in a plan just approved. */
    assigned: (since: Date, until: Date) =>
      byOrganisation(
        openTask({
          OR: [{ createdAt: { gt: since, lte: until } }, { plan: { approvedAt: { gt: since, lte: until } } }],
        }),
      ),

    runningPlans: () =>
      db.plan.findMany({
        where: { status: { in: ['APPROVED', 'IN_PROGRESS'] } },
        select: { id: true, unitId: true, year: true, status: true, reviewPeriods: true, reviews: { select: { period: true } } },
      }) as Promise<{ id: string; unitId: string; year: number; status: string; reviewPeriods: ReviewPeriod[]; reviews: { period: ReviewPeriod }[] }[]>,

    /** Active staff with their organisation's kind and unit. */
    staff: () =>
      db.user.findMany({
        where: { active: true, organisationId: { not: null }, roles: { some: { role: { in: ['ORG_LEADER', 'ORG_OFFICER'] } } } },
        select: { id: true, unitId: true, organisationId: true, organisation: { select: { kind: true } }, roles: { select: { role: true } } },
      }),

    /** Inserts each notice once per (user, key): safe when several API processes run the job. */
    async deliver(notices: { unitId: string; userId: string; kind: string; title: string; body: string; link: string; dedupeKey: string }[]) {
      if (!notices.length) return 0;
      const { count } = await db.notification.createMany({ data: notices, skipDuplicates: true });
      return count;
    },
  };
}

export type DigestRepository = ReturnType<typeof createDigestRepository>;
