// The cross-plan task list: keyset pagination over (next due date, id) or (title, id), with
// every filter served by an index of plan_items.
import { addDays } from '@phoihop/shared/dates';
import type { ListTasksQuery } from '@phoihop/shared/plans';
import type { Db } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { lateAtCloseSql } from './late-at-close.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { fromIsoDate } from '../../lib/db-values.ts';
import { searchWhere } from '../../lib/search.ts';
import { itemSelect, toItemRecord } from './plan-items.repository.ts';

const OPEN = ['NOT_STARTED', 'IN_PROGRESS'] as const;
const RUNNING_PLAN: Prisma.PlanItemWhereInput = { plan: { status: { in: ['APPROVED', 'IN_PROGRESS'] } } };

type TaskFilter = Omit<ListTasksQuery, 'limit' | 'cursor' | 'sort'>;

/**
 * Filters of the list. `lateAtClose`: tasks of closed plans left unfinished at their due date,
 * which stay overdue (timelinessInPlan in task-schedule.ts).
 */
function filters(query: TaskFilter, unitId: string, today: string, lateAtClose: string[] = []): Prisma.PlanItemWhereInput[] {
  const org = query.organisationId;
  const involvement: Prisma.PlanItemWhereInput = !org
    ? {}
    : query.involvement === 'lead'
      ? { leadOrganisationId: org }
      : query.involvement === 'partner'
        ? { partners: { some: { organisationId: org } } }
        : { OR: [{ leadOrganisationId: org }, { partners: { some: { organisationId: org } } }] };
  const timeliness: Prisma.PlanItemWhereInput =
    query.timeliness === 'overdue'
      ? {
          OR: [
            { ...RUNNING_PLAN, status: { in: [...OPEN] }, nextDueOn: { lt: fromIsoDate(today)! } },
            ...(lateAtClose.length ? [{ id: { in: lateAtClose } }] : []),
          ],
        }
      : query.timeliness === 'due-soon'
        ? {
            ...RUNNING_PLAN,
            status: { in: [...OPEN] },
            nextDueOn: { gte: fromIsoDate(today)!, lte: fromIsoDate(addDays(today, 7))! },
          }
        : {};
  return [
    { unitId, kind: 'TASK' },
    query.planId ? { planId: query.planId } : {},
    query.areaId ? { areaId: query.areaId } : {},
    involvement,
    query.status ? { status: query.status } : {},
    timeliness,
    query.dueFrom ? { nextDueOn: { gte: fromIsoDate(query.dueFrom)! } } : {},
    query.dueTo ? { nextDueOn: { lte: fromIsoDate(query.dueTo)! } } : {},
    searchWhere(query.q),
  ];
}

/** After the cursor on (field asc nulls last, id asc). */
function afterKey(field: 'nextDueOn' | 'title', cursor: string | undefined): Prisma.PlanItemWhereInput {
  const values = decodeCursor(cursor, [field === 'nextDueOn' ? 'day?' : 'text?', 'id']);
  if (!values) return {};
  const [raw, id] = values as [string | null, string];
  if (raw === null) return { [field]: null, id: { gt: id } };
  const value = field === 'nextDueOn' ? fromIsoDate(raw)! : raw;
  return {
    OR: [{ [field]: { gt: value } }, { [field]: value, id: { gt: id } }, ...(field === 'nextDueOn' ? [{ nextDueOn: null }] : [])],
  };
}

export function createTaskRepository(db: Db) {
  /** Ids of the unit's closed plans' tasks not done whose due date fell on or before the closing day. */
  async function lateAtClose(query: TaskFilter, unitId: string, today: string): Promise<string[]> {
    if (query.timeliness !== 'overdue') return [];
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT i.id FROM plan_items i JOIN plans p ON p.id = i.plan_id
      WHERE i.unit_id = ${unitId}::uuid AND p.unit_id = ${unitId}::uuid AND i.kind = 'TASK'
        AND i.status IN ('NOT_STARTED', 'IN_PROGRESS') AND ${lateAtCloseSql(today)}`;
    return rows.map((r) => r.id);
  }

  return {
    async list(query: ListTasksQuery, unitId: string, today: string) {
      const field = query.sort;
      const late = await lateAtClose(query, unitId, today);
      const rows = await db.planItem.findMany({
        where: { AND: [...filters(query, unitId, today, late), afterKey(field, query.cursor)] },
        orderBy: [field === 'title' ? { title: 'asc' } : { nextDueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        take: query.limit + 1,
        select: itemSelect,
      });
      const orgs = new Map(
        (await db.organisation.findMany({ where: { unitId }, select: { id: true, name: true, shortName: true } })).map((o) => [o.id, o]),
      );
      const records = rows.slice(0, query.limit).map((row) => toItemRecord(row, orgs));
      const last = records.at(-1);
      const nextCursor =
        rows.length > query.limit && last ? encodeCursor([field === 'title' ? last.title : last.nextDueOn, last.id]) : null;
      return { records, nextCursor };
    },

    count: async (query: TaskFilter, unitId: string, today: string) =>
      db.planItem.count({ where: { AND: filters(query, unitId, today, await lateAtClose(query, unitId, today)) } }),

    /** How many reports each organisation posted on each task of the plan. */
    reportsByOrganisation: (planId: string) =>
      db.progressUpdate.groupBy({ by: ['organisationId', 'taskId'], where: { task: { planId } }, _count: { _all: true } }),

    plansByIds: (ids: string[]) =>
      db.plan.findMany({ where: { id: { in: ids } }, select: { id: true, year: true, status: true, unitId: true, closedAt: true } }),
  };
}

export type TaskRepository = ReturnType<typeof createTaskRepository>;
