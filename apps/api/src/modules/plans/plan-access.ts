// Loading a plan or an item for a caller: another unit's record reads as not found.
import { can } from '@phoihop/shared/policies';
import type { Tx } from '../../db/prisma.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { ItemRecord, PlanItemRepository } from './plan-items.repository.ts';
import type { PlanRecord, PlanRepository } from './plans.repository.ts';

export async function loadPlan(tx: Tx, plans: PlanRepository, id: string, ctx: RequestContext): Promise<PlanRecord> {
  const plan = await plans.findById(tx, id);
  if (!plan || !can(ctx.actor, 'plan:read', { unitId: plan.unitId })) throw notFound();
  return plan;
}

export async function loadItem(
  tx: Tx,
  repos: { plans: PlanRepository; items: PlanItemRepository },
  id: string,
  ctx: RequestContext,
): Promise<{ plan: PlanRecord; item: ItemRecord }> {
  const item = await repos.items.findById(tx, id);
  if (!item || !can(ctx.actor, 'plan:read', { unitId: item.unitId })) throw notFound();
  const plan = await loadPlan(tx, repos.plans, item.planId, ctx);
  return { plan, item };
}

export function requireManager(plan: PlanRecord, ctx: RequestContext) {
  if (!can(ctx.actor, 'plan:manage', { unitId: plan.unitId })) throw forbidden();
}

const statusNames: Record<string, string> = {
  DRAFT: 'dự thảo',
  APPROVED: 'đã phê duyệt',
  IN_PROGRESS: 'đang thực hiện',
  CLOSED: 'đã kết thúc',
};

/** A plan-state rule was broken: 409 with the reason in words. */
export function wrongState(plan: PlanRecord, message: string): AppError {
  return new AppError('CONFLICT', {
    message: `${message} (kế hoạch đang ở trạng thái ${statusNames[plan.status] ?? plan.status})`,
    meta: { planStatus: plan.status },
  });
}

export const versionConflict = (current: number) =>
  new AppError('VERSION_CONFLICT', { meta: { currentVersion: current } });
