import { searchTextOf } from '@phoihop/shared/text';
import type { OrganisationRef } from '@phoihop/shared/plans';
import type { Tx } from '../../db/prisma.ts';
import { outlineOf } from './outline.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { fromIsoDate, toIsoDate, toNumber } from '../../lib/db-values.ts';

export type ItemKind = 'AREA' | 'TASK';
export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
export type Recurrence = 'NONE' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY';

/** One area or task as the services see it. */
export interface ItemRecord {
  id: string;
  unitId: string;
  planId: string;
  parentId: string | null;
  areaId: string | null;
  kind: ItemKind;
  position: number;
  code: string;
  depth: number;
  title: string;
  description: string | null;
  leadOrganisationId: string | null;
  lead: OrganisationRef | null;
  partners: OrganisationRef[];
  startDate: string | null;
  dueDate: string | null;
  recurrence: Recurrence;
  expectedOutput: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  achievedValue: number | null;
  reportedPercent: number | null;
  weight: number;
  status: TaskStatus;
  completedOn: string | null;
  lastReportedOn: string | null;
  nextDueOn: string | null;
  importKey: string | null;
  sourceItemId: string | null;
  version: number;
}

/** Writable fields; dates as YYYY-MM-DD. */
export interface ItemData {
  parentId: string | null;
  areaId: string | null;
  kind: ItemKind;
  position: number;
  title: string;
  description: string | null;
  leadOrganisationId: string | null;
  partnerIds: string[];
  startDate: string | null;
  dueDate: string | null;
  recurrence: Recurrence;
  expectedOutput: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  achievedValue: number | null;
  reportedPercent: number | null;
  weight: number;
  status: TaskStatus;
  completedOn: string | null;
  lastReportedOn: string | null;
  nextDueOn: string | null;
  importKey: string | null;
  sourceItemId: string | null;
}

const orgRef = { select: { id: true, name: true, shortName: true } } as const;

export const itemSelect = {
  id: true,
  unitId: true,
  planId: true,
  parentId: true,
  areaId: true,
  kind: true,
  position: true,
  code: true,
  depth: true,
  title: true,
  description: true,
  leadOrganisationId: true,
  startDate: true,
  dueDate: true,
  recurrence: true,
  expectedOutput: true,
  targetValue: true,
  targetUnit: true,
  achievedValue: true,
  reportedPercent: true,
  weight: true,
  status: true,
  completedOn: true,
  lastReportedOn: true,
  nextDueOn: true,
  importKey: true,
  sourceItemId: true,
  version: true,
  partners: { select: { organisationId: true } },
} as const;

type Row = Prisma.PlanItemGetPayload<{ select: typeof itemSelect }>;

/** Organisation names are joined in memory: a unit has a handful of organisations. */
export function toItemRecord(row: Row, orgs: Map<string, OrganisationRef>): ItemRecord {
  const { partners, ...rest } = row;
  return {
    ...rest,
    lead: row.leadOrganisationId ? (orgs.get(row.leadOrganisationId) ?? null) : null,
    partners: partners.map((p) => orgs.get(p.organisationId)).filter((o): o is OrganisationRef => !!o),
    startDate: toIsoDate(row.startDate),
    dueDate: toIsoDate(row.dueDate),
    targetValue: toNumber(row.targetValue),
    achievedValue: toNumber(row.achievedValue),
    completedOn: toIsoDate(row.completedOn),
    lastReportedOn: toIsoDate(row.lastReportedOn),
    nextDueOn: toIsoDate(row.nextDueOn),
  };
}

function columns(data: Partial<ItemData>) {
  const { partnerIds: _partners, ...fields } = data;
  return {
    ...fields,
    startDate: fromIsoDate(data.startDate),
    dueDate: fromIsoDate(data.dueDate),
    completedOn: fromIsoDate(data.completedOn),
    lastReportedOn: fromIsoDate(data.lastReportedOn),
    nextDueOn: fromIsoDate(data.nextDueOn),
  };
}

/**
 * Stores every item's outline number and depth after the plan's tree changed. The plan row is
 * locked first, so concurrent changes to one plan renumber one after the other, each seeing the
 * rows the previous one committed. NO KEY UPDATE, because inserted items already hold a KEY SHARE
 * lock on their plan: a stronger lock would deadlock two such inserts.
 */
async function renumber(tx: Tx, planId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM plans WHERE id = ${planId}::uuid FOR NO KEY UPDATE`;
  const rows = await tx.planItem.findMany({
    where: { planId },
    select: { id: true, parentId: true, position: true, code: true, depth: true },
  });
  const changed = outlineOf(rows).filter(({ item, code, depth }) => item.code !== code || item.depth !== depth);
  if (!changed.length) return;
  await tx.$executeRaw`
    UPDATE plan_items AS p SET code = c.code, depth = c.depth
    FROM unnest(${changed.map((c) => c.item.id)}::uuid[], ${changed.map((c) => c.code)}::text[], ${changed.map((c) => c.depth)}::int[])
      AS c(id, code, depth)
    WHERE p.id = c.id`;
}

export function createPlanItemRepository() {
  async function organisationsOf(tx: Tx, unitId: string) {
    const rows = await tx.organisation.findMany({ where: { unitId }, ...orgRef });
    return new Map(rows.map((o) => [o.id, o]));
  }

  return {
    organisationsOf,

    async listByPlan(tx: Tx, planId: string, unitId: string): Promise<ItemRecord[]> {
      const [rows, orgs] = await Promise.all([
        tx.planItem.findMany({ where: { planId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: itemSelect }),
        organisationsOf(tx, unitId),
      ]);
      return rows.map((row) => toItemRecord(row, orgs));
    },

    /** The items of several plans of one unit in one query, by plan. */
    async listByPlans(tx: Tx, planIds: string[], unitId: string): Promise<Map<string, ItemRecord[]>> {
      const [rows, orgs] = await Promise.all([
        tx.planItem.findMany({ where: { planId: { in: planIds } }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: itemSelect }),
        organisationsOf(tx, unitId),
      ]);
      const byPlan = new Map<string, ItemRecord[]>(planIds.map((id) => [id, []]));
      for (const row of rows) byPlan.get(row.planId)?.push(toItemRecord(row, orgs));
      return byPlan;
    },

    async findById(tx: Tx, id: string): Promise<ItemRecord | null> {
      const row = await tx.planItem.findUnique({ where: { id }, select: itemSelect });
      return row ? toItemRecord(row, await organisationsOf(tx, row.unitId)) : null;
    },

    async create(tx: Tx, unitId: string, planId: string, data: ItemData): Promise<string> {
      const row = await tx.planItem.create({
        data: {
          ...columns(data),
          kind: data.kind,
          position: data.position,
          title: data.title,
          unitId,
          planId,
          searchText: searchTextOf(data.title, data.description, data.expectedOutput),
          partners: { create: data.partnerIds.map((organisationId) => ({ organisationId, unitId })) },
        },
        select: { id: true },
      });
      if (data.kind === 'AREA' && !data.parentId) {
        await tx.planItem.update({ where: { id: row.id }, data: { areaId: row.id } });
      }
      await renumber(tx, planId);
      return row.id;
    },

    /** False when `version` is stale. */
    async update(tx: Tx, item: ItemRecord, version: number, data: Partial<ItemData>): Promise<boolean> {
      const next = { ...item, ...data };
      const { count } = await tx.planItem.updateMany({
        where: { id: item.id, version },
        data: {
          ...columns(data),
          searchText: searchTextOf(next.title, next.description, next.expectedOutput),
          version: { increment: 1 },
        },
      });
      if (!count) return false;
      if (data.parentId !== undefined || data.position !== undefined) await renumber(tx, item.planId);
      if (data.partnerIds) {
        await tx.taskPartner.deleteMany({ where: { taskId: item.id, organisationId: { notIn: data.partnerIds } } });
        await tx.taskPartner.createMany({
          data: data.partnerIds.map((organisationId) => ({ taskId: item.id, organisationId, unitId: item.unitId })),
          skipDuplicates: true,
        });
      }
      return true;
    },

    async remove(tx: Tx, id: string): Promise<void> {
      await tx.taskPartner.deleteMany({ where: { taskId: id } });
      const { planId } = await tx.planItem.delete({ where: { id }, select: { planId: true } });
      await renumber(tx, planId);
    },

    /** Items under the given ones, all levels down (sub-tasks are few levels deep). */
    async descendantsOf(tx: Tx, ids: string[], unitId: string): Promise<ItemRecord[]> {
      const orgs = await organisationsOf(tx, unitId);
      const found: ItemRecord[] = [];
      let frontier = ids;
      while (frontier.length) {
        const rows = await tx.planItem.findMany({ where: { parentId: { in: frontier } }, select: itemSelect });
        found.push(...rows.map((row) => toItemRecord(row, orgs)));
        frontier = rows.map((r) => r.id);
      }
      return found;
    },

    async titles(tx: Tx, ids: string[]): Promise<Map<string, string>> {
      const rows = await tx.planItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } });
      return new Map(rows.map((r) => [r.id, r.title]));
    },

    async countChildren(tx: Tx, id: string): Promise<number> {
      return tx.planItem.count({ where: { parentId: id } });
    },

    async nextPosition(tx: Tx, planId: string, parentId: string | null): Promise<number> {
      const last = await tx.planItem.findFirst({
        where: { planId, parentId },
        orderBy: { position: 'desc' },
        select: { position: true },
      });
      return (last?.position ?? -1) + 1;
    },
  };
}

export type PlanItemRepository = ReturnType<typeof createPlanItemRepository>;
