import type { PlanStatus, ReviewPeriod } from '@phoihop/shared/plans';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';

const select = {
  id: true,
  unitId: true,
  regulationId: true,
  year: true,
  title: true,
  status: true,
  reviewPeriods: true,
  approvedAt: true,
  approvedById: true,
  closedAt: true,
  sourcePlanId: true,
  strengths: true,
  limitations: true,
  causes: true,
  solutions: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  regulation: { select: { number: true } },
  reviews: { select: { period: true } },
} as const;

export type PlanRecord = Prisma.PlanGetPayload<{ select: typeof select }>;

export interface PlanData {
  regulationId: string | null;
  year: number;
  title: string;
  status: PlanStatus;
  reviewPeriods: ReviewPeriod[];
  approvedAt: Date | null;
  approvedById: string | null;
  closedAt: Date | null;
  sourcePlanId: string | null;
  strengths: string | null;
  limitations: string | null;
  causes: string | null;
  solutions: string | null;
}

/** A new draft plan's data: the given fields over empty defaults. */
export function newPlanData(fields: Pick<PlanData, 'year' | 'title' | 'reviewPeriods'> & Partial<PlanData>): PlanData {
  return {
    regulationId: null,
    status: 'DRAFT',
    approvedAt: null,
    approvedById: null,
    closedAt: null,
    sourcePlanId: null,
    strengths: null,
    limitations: null,
    causes: null,
    solutions: null,
    ...fields,
  };
}

export function createPlanRepository(db: Db) {
  return {
    /** Newest year first. */
    async list(unitId: string, query: { limit: number; cursor?: string | undefined; status?: PlanStatus | undefined }) {
      const after = decodeCursor(query.cursor, ['int', 'id']);
      const rows = await db.plan.findMany({
        where: {
          unitId,
          ...(query.status ? { status: query.status } : {}),
          ...(after
            ? { OR: [{ year: { lt: Number(after[0]) } }, { year: Number(after[0]), id: { gt: String(after[1]) } }] }
            : {}),
        },
        orderBy: [{ year: 'desc' }, { id: 'asc' }],
        take: query.limit + 1,
        select,
      });
      return toPage(rows, query.limit, (p) => [p.year, p.id]);
    },

    findById: (tx: Tx, id: string) => tx.plan.findUnique({ where: { id }, select }),

    /**
     * Locks the plan row for the rest of the transaction. Every writer to a plan takes this lock
     * before any of its items', so two writers never wait on each other in opposite order.
     */
    async lock(tx: Tx, id: string): Promise<void> {
      await tx.$queryRaw`SELECT id FROM plans WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    },

    findByYear: (tx: Tx, unitId: string, year: number) =>
      tx.plan.findUnique({ where: { unitId_year: { unitId, year } }, select }),

    async create(tx: Tx, unitId: string, data: PlanData): Promise<PlanRecord> {
      return tx.plan.create({ data: { ...data, unitId }, select });
    },

    /** Null when `version` is stale. */
    async update(tx: Tx, id: string, version: number, data: Partial<PlanData>): Promise<PlanRecord | null> {
      const { count } = await tx.plan.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      return count ? tx.plan.findUnique({ where: { id }, select }) : null;
    },

    /** Bumps the version: the task list of the plan changed. */
    async touch(tx: Tx, id: string): Promise<void> {
      await tx.plan.update({ where: { id }, data: { version: { increment: 1 } } });
    },

    async userNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
      const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } });
      return new Map(users.map((u) => [u.id, u.fullName]));
    },

    async regulationInUnit(tx: Tx, regulationId: string, unitId: string): Promise<boolean> {
      return (await tx.regulation.count({ where: { id: regulationId, unitId } })) > 0;
    },

    async activeOrganisationIds(tx: Tx, unitId: string): Promise<Set<string>> {
      const rows = await tx.organisation.findMany({ where: { unitId, active: true }, select: { id: true } });
      return new Set(rows.map((r) => r.id));
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
