// Loading a plan or an item for a caller: another unit's record reads as not found.
import { can } from '@phoihop/shared/policies';
import type { Tx } from '../../db/prisma.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { ItemRecord, PlanItemRepository } from './plan-items.repository.ts';
import type { PlanRecord, PlanRepository } from './plans.repository.ts';

/** `forWrite`: inside a write transaction, lock the plan first (see PlanRepository.lock). */
export async function loadPlan(
  tx: Tx,
  plans: PlanRepository,
  id: string,
  ctx: RequestContext,
  forWrite = false,
): Promise<PlanRecord> {
  if (forWrite) await plans.lock(tx, id);
  const plan = await plans.findById(tx, id);
  if (!plan || !can(ctx.actor, 'plan:read', { unitId: plan.unitId })) throw notFound();
  return plan;
}

export async function loadItem(
  tx: Tx,
  repos: { plans: PlanRepository; items: PlanItemRepository },
  id: string,
  ctx: RequestContext,
  forWrite = false,
): Promise<{ plan: PlanRecord; item: ItemRecord }> {
  const found = await repos.items.findById(tx, id);
  if (!found || !can(ctx.actor, 'plan:read', { unitId: found.unitId })) throw notFound();
  const plan = await loadPlan(tx, repos.plans, found.planId, ctx, forWrite);
  // Read again once the plan is locked: the first read only told us which plan to lock.
  const item = forWrite ? ((await repos.items.findById(tx, id)) ?? found) : found;
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
