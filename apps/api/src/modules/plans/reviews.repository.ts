import type { Review } from '@phoihop/shared/reviews';
import type { ReviewPeriod } from '@phoihop/shared/plans';
import type { Tx } from '../../db/prisma.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';

export function createReviewRepository() {
  return {
    exists: async (tx: Tx, planId: string, period: ReviewPeriod) =>
      (await tx.review.count({ where: { planId, period } })) > 0,

    async create(
      tx: Tx,
      data: {
        unitId: string;
        planId: string;
        period: ReviewPeriod;
        heldOn: string;
        presentOrganisationIds: string[];
        conclusions: string;
        recordedById: string;
        followUpTaskIds: string[];
        assessments: { taskId: string; rating: 'GOOD' | 'ACHIEVED' | 'NOT_ACHIEVED'; note: string | null }[];
      },
    ): Promise<string> {
      const { assessments, heldOn, ...fields } = data;
      const row = await tx.review.create({
        data: {
          ...fields,
          heldOn: fromIsoDate(heldOn)!,
          assessments: { create: assessments.map((a) => ({ ...a, unitId: data.unitId })) },
        },
        select: { id: true },
      });
      return row.id;
    },

    async listByPlan(tx: Tx, planId: string): Promise<Review[]> {
      const rows = await tx.review.findMany({
        where: { planId },
        orderBy: [{ heldOn: 'desc' }, { id: 'asc' }],
        include: { assessments: true },
      });
      const orgIds = [...new Set(rows.flatMap((r) => r.presentOrganisationIds))];
      const taskIds = [...new Set(rows.flatMap((r) => r.assessments.map((a) => a.taskId)))];
      const [orgs, tasks, users] = await Promise.all([
        tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, shortName: true } }),
        tx.planItem.findMany({ where: { id: { in: taskIds } }, select: { id: true, title: true } }),
        tx.user.findMany({ where: { id: { in: rows.map((r) => r.recordedById) } }, select: { id: true, fullName: true } }),
      ]);
      const org = new Map(orgs.map((o) => [o.id, o]));
      const title = new Map(tasks.map((t) => [t.id, t.title]));
      const user = new Map(users.map((u) => [u.id, u]));
      return rows.map((r) => ({
        id: r.id,
        planId: r.planId,
        period: r.period,
        heldOn: toIsoDate(r.heldOn)!,
        present: r.presentOrganisationIds.map((id) => org.get(id)).filter((o) => o !== undefined),
        conclusions: r.conclusions,
        assessments: r.assessments.map((a) => ({ taskId: a.taskId, taskTitle: title.get(a.taskId) ?? '', rating: a.rating, note: a.note })),
        followUpTaskIds: r.followUpTaskIds,
        recordedBy: user.get(r.recordedById) ?? null,
        createdAt: r.createdAt.toISOString(),
      }));
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
