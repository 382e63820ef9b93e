import type { TaskReport } from '@phoihop/shared/plan-progress';
import type { Db, Tx } from '../../db/prisma.ts';
import { fromIsoDate, toIsoDate, toNumber } from '../../lib/db-values.ts';

export function createProgressRepository(db: Db) {
  return {
    async create(
      tx: Tx,
      data: {
        unitId: string;
        taskId: string;
        organisationId: string | null;
        authorId: string;
        reportedOn: string;
        text: string;
        achievedValue: number | null;
        reportedPercent: number | null;
        statusAfter: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED' | null;
      },
    ): Promise<string> {
      const row = await tx.progressUpdate.create({
        data: { ...data, reportedOn: fromIsoDate(data.reportedOn)! },
        select: { id: true },
      });
      return row.id;
    },

    async listByTask(taskId: string) {
      const rows = await db.progressUpdate.findMany({ where: { taskId }, orderBy: { id: 'desc' }, take: 500 });
      return rows.map((r) => ({
        ...r,
        reportedOn: toIsoDate(r.reportedOn)!,
        achievedValue: toNumber(r.achievedValue),
      }));
    },

    /** What the task's reports carried, oldest first: the shared rule picks the lead's latest. */
    async valuesOf(tx: Tx, taskId: string): Promise<TaskReport[]> {
      const rows = await tx.progressUpdate.findMany({
        where: {
          taskId,
          OR: [{ achievedValue: { not: null } }, { reportedPercent: { not: null } }],
        },
        select: {
          organisationId: true,
          reportedOn: true,
          achievedValue: true,
          reportedPercent: true,
        },
        orderBy: { id: 'asc' },
      });
      return rows.map((r) => ({
        ...r,
        reportedOn: toIsoDate(r.reportedOn)!,
        achievedValue: toNumber(r.achievedValue),
      }));
    },

    /** Status changes and creation of a task, from the audit log. */
    async itemEvents(itemId: string) {
      return db.auditLog.findMany({
        where: { entityType: 'PlanItem', entityId: itemId, action: { in: ['plan_item.status', 'plan_item.create'] } },
        orderBy: { id: 'desc' },
        take: 200,
      });
    },

    async userNames(ids: string[]) {
      const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } });
      return new Map(users.map((u) => [u.id, u.fullName]));
    },
  };
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
