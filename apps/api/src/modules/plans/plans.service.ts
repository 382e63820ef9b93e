import { addYears, todayInVietnam } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import type {
  Amendment,
  CreatePlanBody,
  Plan,
  PlanTransition,
  PlanTree,
  UpdateAssessmentBody,
  UpdatePlanBody,
} from '@phoihop/shared/plans';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { loadPlan, requireManager, versionConflict, wrongState } from './plan-access.ts';
import { scheduleOf } from './item-rules.ts';
import type { AmendmentRepository } from './amendments.repository.ts';
import type { ItemData, ItemRecord, PlanItemRepository } from './plan-items.repository.ts';
import { toPlan, toPlanItems } from './plan-view.ts';
import { newPlanData, type PlanData, type PlanRecord, type PlanRepository } from './plans.repository.ts';

interface Deps {
  db: Db;
  plans: PlanRepository;
  items: PlanItemRepository;
  amendments: AmendmentRepository;
  now?: () => Date;
}

const transitions: Record<PlanTransition, { from: string[]; to: PlanData['status'] }> = {
  approve: { from: ['DRAFT'], to: 'APPROVED' },
  start: { from: ['APPROVED'], to: 'IN_PROGRESS' },
  close: { from: ['APPROVED', 'IN_PROGRESS'], to: 'CLOSED' },
  reopen: { from: ['CLOSED'], to: 'IN_PROGRESS' },
};

export function createPlanService({ db, plans, items, amendments, now = () => new Date() }: Deps) {
  const today = () => todayInVietnam(now());

  /** Plans as users see them: their items and approvers read in one query each, not per plan. */
  async function views(tx: Tx, records: PlanRecord[], loaded?: Map<string, ItemRecord[]>): Promise<Plan[]> {
    if (!records.length) return [];
    const byPlan = loaded ?? (await items.listByPlans(tx, records.map((p) => p.id), records[0]!.unitId));
    const approvers = records.map((p) => p.approvedById).filter((id): id is string => !!id);
    const names = approvers.length ? await plans.userNames(tx, approvers) : new Map<string, string>();
    return records.map((p) =>
      toPlan(p, byPlan.get(p.id) ?? [], p.approvedById ? (names.get(p.approvedById) ?? null) : null, today()),
    );
  }

  const view = async (tx: Tx, plan: PlanRecord, loaded?: ItemRecord[]) =>
    (await views(tx, [plan], loaded ? new Map([[plan.id, loaded]]) : undefined))[0]!;

  async function checkRegulation(tx: Tx, regulationId: string | null | undefined, unitId: string) {
    if (regulationId && !(await plans.regulationInUnit(tx, regulationId, unitId))) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [{ path: 'regulationId', message: 'Quy chế không thuộc đơn vị' }],
      });
    }
  }

  async function ensureYearFree(tx: Tx, unitId: string, year: number) {
    if (await plans.findByYear(tx, unitId, year)) {
      throw new AppError('DUPLICATE', {
        message: `Đơn vị đã có chương trình phối hợp năm ${year}`,
        fieldErrors: [{ path: 'year', message: 'Đã có kế hoạch cho năm này' }],
      });
    }
  }

  return {
    view,

    async list(query: { unitId?: string | undefined; limit: number; cursor?: string | undefined; status?: PlanData['status'] | undefined }, ctx: RequestContext) {
      const unitId = query.unitId ?? ctx.actor.unitId;
      if (!can(ctx.actor, 'plan:read', { unitId })) throw forbidden();
      const page = await plans.list(unitId, query);
      return { items: await views(db, page.items), nextCursor: page.nextCursor };
    },

    async get(id: string, ctx: RequestContext): Promise<PlanTree> {
      const plan = await loadPlan(db, plans, id, ctx);
      const list = await items.listByPlan(db, plan.id, plan.unitId);
      return { plan: await view(db, plan, list), items: toPlanItems(plan, list, ctx.actor, today()) };
    },

    async amendments(id: string, ctx: RequestContext): Promise<Amendment[]> {
      const plan = await loadPlan(db, plans, id, ctx);
      return amendments.list({ planId: plan.id });
    },

    async create(body: CreatePlanBody, ctx: RequestContext): Promise<Plan> {
      const unitId = ctx.actor.unitId;
      if (!can(ctx.actor, 'plan:manage', { unitId })) throw forbidden();
      return db.$transaction(async (tx) => {
        await ensureYearFree(tx, unitId, body.year);
        await checkRegulation(tx, body.regulationId, unitId);
        const plan = await plans.create(
          tx,
          unitId,
          newPlanData({
            regulationId: body.regulationId ?? null,
            year: body.year,
            title: body.title,
            reviewPeriods: body.reviewPeriods,
          }),
        );
        await recordAudit(tx, ctx, {
          action: 'plan.create',
          entityType: 'Plan',
          entityId: plan.id,
          unitId,
          changes: { year: plan.year, title: plan.title },
        });
        return view(tx, plan);
      });
    },

    async update(id: string, version: number, body: UpdatePlanBody, ctx: RequestContext): Promise<Plan> {
      return db.$transaction(async (tx) => {
        const plan = await loadPlan(tx, plans, id, ctx, true);
        requireManager(plan, ctx);
        if (plan.status === 'CLOSED') throw wrongState(plan, 'Kế hoạch đã kết thúc không sửa được');
        await checkRegulation(tx, body.regulationId, plan.unitId);
        const updated = await plans.update(tx, id, version, body);
        if (!updated) throw versionConflict(plan.version);
        await recordAudit(tx, ctx, {
          action: 'plan.update',
          entityType: 'Plan',
          entityId: id,
          unitId: plan.unitId,
          changes: diffChanges(plan, updated, ['title', 'regulationId', 'reviewPeriods']),
        });
        return view(tx, updated);
      });
    },

    async updateAssessment(id: string, version: number, body: UpdateAssessmentBody, ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const plan = await loadPlan(tx, plans, id, ctx, true);
        requireManager(plan, ctx);
        const updated = await plans.update(tx, id, version, body);
        if (!updated) throw versionConflict(plan.version);
        await recordAudit(tx, ctx, {
          action: 'plan.assessment',
          entityType: 'Plan',
          entityId: id,
          unitId: plan.unitId,
          changes: diffChanges(plan, updated, ['strengths', 'limitations', 'causes', 'solutions']),
        });
        return view(tx, updated);
      });
    },

    async transition(id: string, version: number, action: PlanTransition, ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const plan = await loadPlan(tx, plans, id, ctx, true);
        const rule = transitions[action];
        const allowed = action === 'approve'
          ? can(ctx.actor, 'plan:approve', { unitId: plan.unitId })
          : can(ctx.actor, 'plan:manage', { unitId: plan.unitId });
        if (!allowed) throw forbidden();
        if (!rule.from.includes(plan.status)) throw wrongState(plan, 'Không thể chuyển trạng thái kế hoạch');
        if (action === 'approve') {
          const list = await items.listByPlan(tx, plan.id, plan.unitId);
          if (!list.some((i) => i.kind === 'TASK')) {
            throw new AppError('CONFLICT', { message: 'Kế hoạch chưa có nhiệm vụ nào để phê duyệt' });
          }
        }
        const at = now();
        const updated = await plans.update(tx, id, version, {
          status: rule.to,
          ...(action === 'approve' ? { approvedAt: at, approvedById: ctx.actor.id } : {}),
          ...(action === 'close' ? { closedAt: at } : {}),
          ...(action === 'reopen' ? { closedAt: null } : {}),
        });
        if (!updated) throw versionConflict(plan.version);
        await recordAudit(tx, ctx, {
          action: `plan.${action}`,
          entityType: 'Plan',
          entityId: id,
          unitId: plan.unitId,
          changes: { status: [plan.status, updated.status] },
        });
        return view(tx, updated);
      });
    },

    /** Next year's draft from this one: dates moved, statuses and progress reset, sources kept. */
    async copy(id: string, body: { year: number; title?: string | undefined }, ctx: RequestContext): Promise<Plan> {
      return db.$transaction(async (tx) => {
        const source = await loadPlan(tx, plans, id, ctx, true);
        requireManager(source, ctx);
        await ensureYearFree(tx, source.unitId, body.year);
        const shift = body.year - source.year;
        const plan = await plans.create(
          tx,
          source.unitId,
          newPlanData({
            regulationId: source.regulationId,
            year: body.year,
            title: body.title ?? source.title.replace(String(source.year), String(body.year)),
            reviewPeriods: source.reviewPeriods,
            sourcePlanId: source.id,
          }),
        );
        const list = await items.listByPlan(tx, source.id, source.unitId);
        const newIds = new Map<string, string>();
        const move = (date: string | null) => (date ? addYears(date, shift) : null);
        // Parents before children: the outline order guarantees it.
        const ordered = [...list].sort((a, b) => depthOf(list, a) - depthOf(list, b) || a.position - b.position);
        for (const item of ordered) {
          if (item.status === 'CANCELLED') continue;
          const parentId = item.parentId ? (newIds.get(item.parentId) ?? null) : null;
          if (item.parentId && !parentId) continue;
          const data: ItemData = {
            parentId,
            areaId: item.areaId ? (newIds.get(item.areaId) ?? null) : null,
            kind: item.kind,
            position: item.position,
            title: item.title,
            description: item.description,
            leadOrganisationId: item.leadOrganisationId,
            partnerIds: item.partners.map((p) => p.id),
            startDate: move(item.startDate),
            dueDate: move(item.dueDate),
            recurrence: item.recurrence,
            expectedOutput: item.expectedOutput,
            targetValue: item.targetValue,
            targetUnit: item.targetUnit,
            achievedValue: null,
            reportedPercent: null,
            weight: item.weight,
            status: 'NOT_STARTED',
            completedOn: null,
            lastReportedOn: null,
            nextDueOn: null,
            importKey: item.importKey,
            sourceItemId: item.id,
          };
          data.nextDueOn = scheduleOf(data, body.year);
          newIds.set(item.id, await items.create(tx, source.unitId, plan.id, data));
        }
        await recordAudit(tx, ctx, {
          action: 'plan.copy',
          entityType: 'Plan',
          entityId: plan.id,
          unitId: plan.unitId,
          changes: { sourcePlanId: source.id, year: body.year, items: newIds.size },
        });
        return view(tx, plan);
      });
    },
  };
}

function depthOf(items: { id: string; parentId: string | null }[], item: { parentId: string | null }): number {
  let depth = 0;
  let parentId = item.parentId;
  while (parentId) {
    depth++;
    parentId = items.find((i) => i.id === parentId)?.parentId ?? null;
  }
  return depth;
}

export type PlanService = ReturnType<typeof createPlanService>;
