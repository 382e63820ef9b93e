import { todayInVietnam } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import type { AmendmentBody, CreateItemBody, PlanItem, UpdateItemBody } from '@phoihop/shared/plans';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { AmendmentRepository } from './amendments.repository.ts';
import { areaOf, newItemData, scheduleOf, validateItem } from './item-rules.ts';
import { loadItem, loadPlan, requireManager, versionConflict, wrongState } from './plan-access.ts';
import type { ItemData, ItemRecord, PlanItemRepository } from './plan-items.repository.ts';
import { toPlanItems } from './plan-view.ts';
import type { PlanRecord, PlanRepository } from './plans.repository.ts';

interface Deps {
  db: Db;
  plans: PlanRepository;
  items: PlanItemRepository;
  amendments: AmendmentRepository;
  now?: () => Date;
}

const auditedFields = [
  'parentId', 'title', 'description', 'leadOrganisationId', 'partnerIds', 'startDate', 'dueDate',
  'recurrence', 'expectedOutput', 'targetValue', 'targetUnit', 'weight', 'position', 'status',
] as const;

/** `{field: [before, after]}` between an item and the data replacing it. */
function itemChanges(before: ItemRecord, after: Partial<ItemData>) {
  const current: Record<string, unknown> = { ...before, partnerIds: before.partners.map((p) => p.id) };
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of auditedFields) {
    if (!(field in after)) continue;
    const a = current[field] ?? null;
    const b = (after as Record<string, unknown>)[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = [a, b];
  }
  return changes as Record<string, never>;
}

export function createPlanItemService({ db, plans, items, amendments, now = () => new Date() }: Deps) {
  const today = () => todayInVietnam(now());

  async function itemView(tx: Tx, plan: PlanRecord, id: string, ctx: RequestContext): Promise<PlanItem> {
    const list = await items.listByPlan(tx, plan.id, plan.unitId);
    const found = toPlanItems(plan, list, ctx.actor, today()).find((i) => i.id === id);
    if (!found) throw new AppError('INTERNAL');
    return found;
  }

  /** Fills defaults, checks the rules and computes the derived fields of a new item. */
  async function prepareNew(tx: Tx, plan: PlanRecord, body: CreateItemBody): Promise<ItemData> {
    const list = await items.listByPlan(tx, plan.id, plan.unitId);
    const parentId = body.parentId ?? null;
    const data = newItemData({
      parentId,
      areaId: areaOf(list, parentId, null, body.kind),
      kind: body.kind,
      position: await items.nextPosition(tx, plan.id, parentId),
      title: body.title,
      description: body.description ?? null,
      leadOrganisationId: body.kind === 'TASK' ? (body.leadOrganisationId ?? null) : null,
      partnerIds: body.kind === 'TASK' ? [...new Set(body.partnerIds ?? [])] : [],
      startDate: body.startDate ?? null,
      dueDate: body.dueDate ?? null,
      recurrence: body.recurrence ?? 'NONE',
      expectedOutput: body.expectedOutput ?? null,
      targetValue: body.targetValue ?? null,
      targetUnit: body.targetUnit ?? null,
      weight: body.weight ?? 1,
    });
    validateItem(data, { items: list, activeOrganisations: await plans.activeOrganisationIds(tx, plan.unitId) });
    data.nextDueOn = scheduleOf(data, plan.year);
    return data;
  }

  async function prepareChange(tx: Tx, plan: PlanRecord, item: ItemRecord, body: UpdateItemBody) {
    const list = await items.listByPlan(tx, plan.id, plan.unitId);
    const merged: ItemData = {
      ...item,
      partnerIds: item.partners.map((p) => p.id),
      ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
    };
    if (body.parentId !== undefined) merged.areaId = areaOf(list, merged.parentId, item.id, item.kind);
    validateItem(merged, {
      items: list,
      activeOrganisations: await plans.activeOrganisationIds(tx, plan.unitId),
      selfId: item.id,
    });
    const change: Partial<ItemData> = { ...body, ...(body.parentId !== undefined ? { areaId: merged.areaId } : {}) };
    for (const key of Object.keys(change) as (keyof ItemData)[]) if (change[key] === undefined) delete change[key];
    change.nextDueOn = scheduleOf(merged, plan.year);
    return change;
  }

  return {
    /** Drafts only: once approved, items are added by amendment. */
    async create(planId: string, body: CreateItemBody, ctx: RequestContext): Promise<PlanItem> {
      return db.$transaction(async (tx) => {
        const plan = await loadPlan(tx, plans, planId, ctx, true);
        requireManager(plan, ctx);
        if (plan.status !== 'DRAFT') throw wrongState(plan, 'Kế hoạch đã phê duyệt: thêm mục bằng điều chỉnh kế hoạch');
        const data = await prepareNew(tx, plan, body);
        const id = await items.create(tx, plan.unitId, plan.id, data);
        await plans.touch(tx, plan.id);
        await recordAudit(tx, ctx, {
          action: 'plan_item.create',
          entityType: 'PlanItem',
          entityId: id,
          unitId: plan.unitId,
          changes: { planId: plan.id, kind: data.kind, title: data.title },
        });
        return itemView(tx, plan, id, ctx);
      });
    },

    async update(id: string, version: number, body: UpdateItemBody, ctx: RequestContext): Promise<PlanItem> {
      return db.$transaction(async (tx) => {
        const { plan, item } = await loadItem(tx, { plans, items }, id, ctx, true);
        requireManager(plan, ctx);
        if (plan.status !== 'DRAFT') throw wrongState(plan, 'Kế hoạch đã phê duyệt: sửa bằng điều chỉnh kế hoạch');
        const change = await prepareChange(tx, plan, item, body);
        if (!(await items.update(tx, item, version, change))) throw versionConflict(item.version);
        await recordAudit(tx, ctx, {
          action: 'plan_item.update',
          entityType: 'PlanItem',
          entityId: id,
          unitId: plan.unitId,
          changes: itemChanges(item, change),
        });
        return itemView(tx, plan, id, ctx);
      });
    },

    async remove(id: string, version: number, ctx: RequestContext): Promise<void> {
      await db.$transaction(async (tx) => {
        const { plan, item } = await loadItem(tx, { plans, items }, id, ctx, true);
        requireManager(plan, ctx);
        if (plan.status !== 'DRAFT') throw wrongState(plan, 'Kế hoạch đã phê duyệt: hủy nhiệm vụ bằng điều chỉnh kế hoạch');
        if (item.version !== version) throw versionConflict(item.version);
        if (await items.countChildren(tx, id)) {
          throw new AppError('CONFLICT', { message: 'Hãy xóa các mục con trước' });
        }
        await items.remove(tx, id);
        await recordAudit(tx, ctx, {
          action: 'plan_item.delete',
          entityType: 'PlanItem',
          entityId: id,
          unitId: plan.unitId,
          changes: { title: item.title, kind: item.kind },
        });
      });
    },

    /** Approved plans change only here, each change kept with its reason. */
    async amend(planId: string, body: AmendmentBody, ctx: RequestContext): Promise<PlanItem> {
      return db.$transaction(async (tx) => {
        const plan = await loadPlan(tx, plans, planId, ctx, true);
        requireManager(plan, ctx);
        if (plan.status !== 'APPROVED' && plan.status !== 'IN_PROGRESS') {
          throw wrongState(plan, 'Chỉ điều chỉnh kế hoạch đã phê duyệt và chưa kết thúc');
        }
        let itemId: string;
        let changes: Record<string, unknown>;
        if (body.operation === 'ADD') {
          const data = await prepareNew(tx, plan, body.item);
          itemId = await items.create(tx, plan.unitId, plan.id, data);
          changes = { kind: data.kind, title: data.title, parentId: data.parentId };
        } else {
          const { item } = await loadItem(tx, { plans, items }, body.itemId, ctx, true);
          if (item.planId !== plan.id) throw new AppError('NOT_FOUND');
          const change: Partial<ItemData> =
            body.operation === 'CANCEL'
              ? { status: 'CANCELLED', nextDueOn: null }
              : await prepareChange(tx, plan, item, body.changes);
          if (!(await items.update(tx, item, body.version, change))) throw versionConflict(item.version);
          itemId = item.id;
          changes = itemChanges(item, change);
        }
        await amendments.create(tx, {
          unitId: plan.unitId,
          planId: plan.id,
          itemId,
          kind: body.operation,
          reason: body.reason,
          changes,
          decidedById: ctx.actor.id,
        });
        await plans.touch(tx, plan.id);
        await recordAudit(tx, ctx, {
          action: `plan.amend.${body.operation.toLowerCase()}`,
          entityType: 'PlanItem',
          entityId: itemId,
          unitId: plan.unitId,
          changes: { reason: body.reason, ...changes },
        });
        return itemView(tx, plan, itemId, ctx);
      });
    },

    /** The lead organisation (or a plan manager) moves a task; cancelling is an amendment. */
    async updateStatus(id: string, version: number, status: ItemRecord['status'], ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const { plan, item } = await loadItem(tx, { plans, items }, id, ctx, true);
        const resource = { unitId: plan.unitId, leadOrganisationId: item.leadOrganisationId };
        if (item.kind !== 'TASK' || !can(ctx.actor, 'task:update-status', resource)) throw forbidden();
        if (plan.status !== 'APPROVED' && plan.status !== 'IN_PROGRESS') {
          throw wrongState(plan, 'Chỉ cập nhật nhiệm vụ của kế hoạch đang thực hiện');
        }
        if (status === 'CANCELLED' || item.status === 'CANCELLED') {
          throw new AppError('CONFLICT', { message: 'Hủy hoặc khôi phục nhiệm vụ phải qua điều chỉnh kế hoạch' });
        }
        const change: Partial<ItemData> = {
          status,
          completedOn: status === 'DONE' ? (item.completedOn ?? today()) : null,
        };
        if (!(await items.update(tx, item, version, change))) throw versionConflict(item.version);
        if (plan.status === 'APPROVED') await plans.update(tx, plan.id, plan.version, { status: 'IN_PROGRESS' });
        await recordAudit(tx, ctx, {
          action: 'plan_item.status',
          entityType: 'PlanItem',
          entityId: id,
          unitId: plan.unitId,
          changes: { status: [item.status, status] },
        });
        return itemView(tx, plan, id, ctx);
      });
    },
  };
}

export type PlanItemService = ReturnType<typeof createPlanItemService>;
