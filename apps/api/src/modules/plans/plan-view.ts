// Builds what users see of a plan: outline numbers, progress on every level, timeliness, and
// what the caller may do on each item. Pure functions over loaded records.
import { can, type Actor } from '@phoihop/shared/policies';
import { computeProgress } from '@phoihop/shared/plan-progress';
import { overdueReviews } from '@phoihop/shared/plan-reviews';
import type { Plan, PlanItem } from '@phoihop/shared/plans';
import { todayInVietnam } from '@phoihop/shared/dates';
import { timelinessInPlan, type PlanClock } from '@phoihop/shared/task-schedule';
import type { ItemRecord } from './plan-items.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { outlineOf } from './outline.ts';

const OPEN_PLAN = new Set(['APPROVED', 'IN_PROGRESS']);

/** What a plan is, as far as its tasks' timeliness goes. */
export type PlanState = { status: string; unitId: string; closedAt?: Date | null };

export const clockOf = (plan: PlanState): PlanClock => ({
  status: plan.status as PlanClock['status'],
  closedOn: plan.closedAt ? todayInVietnam(plan.closedAt) : null,
});

export function itemPermissions(actor: Actor, plan: { status: string; unitId: string }, item: ItemRecord) {
  const resource = {
    unitId: plan.unitId,
    leadOrganisationId: item.leadOrganisationId,
    organisationIds: item.partners.map((p) => p.id),
  };
  const open = OPEN_PLAN.has(plan.status) && item.kind === 'TASK' && item.status !== 'CANCELLED';
  return {
    edit: plan.status !== 'CLOSED' && can(actor, 'plan:manage', { unitId: plan.unitId }),
    updateStatus: open && can(actor, 'task:update-status', resource),
    postProgress: open && can(actor, 'task:post-progress', resource),
  };
}

export function progressOf(items: ItemRecord[]) {
  return computeProgress(
    items.map((i) => ({
      id: i.id,
      parentId: i.parentId,
      status: i.status,
      weight: i.weight,
      targetValue: i.targetValue,
      achievedValue: i.achievedValue,
      reportedPercent: i.reportedPercent,
    })),
  );
}

/** A whole plan's items, in outline order. */
export function toPlanItems(
  plan: PlanState,
  items: ItemRecord[],
  actor: Actor,
  today: string,
): PlanItem[] {
  const progress = progressOf(items);
  return outlineOf(items).map(({ item }) => toPlanItem(plan, item, progress.get(item.id) ?? null, actor, today));
}

/** One item as users see it, given its progress. */
export function toPlanItem(
  plan: PlanState,
  item: ItemRecord,
  progress: number | null,
  actor: Actor,
  today: string,
): PlanItem {
  return {
    id: item.id,
    planId: item.planId,
    parentId: item.parentId,
    kind: item.kind,
    code: item.code,
    depth: item.depth,
    position: item.position,
    title: item.title,
    description: item.description,
    lead: item.lead,
    partners: item.partners,
    startDate: item.startDate,
    dueDate: item.dueDate,
    recurrence: item.recurrence,
    expectedOutput: item.expectedOutput,
    targetValue: item.targetValue,
    targetUnit: item.targetUnit,
    achievedValue: item.achievedValue,
    reportedPercent: item.reportedPercent,
    weight: item.weight,
    status: item.status,
    completedOn: item.completedOn,
    lastReportedOn: item.lastReportedOn,
    nextDueOn: item.nextDueOn,
    // A draft's tasks are not assigned yet; a closed plan keeps what was late when it closed.
    timeliness: item.kind === 'TASK' ? timelinessInPlan(item, clockOf(plan), today) : 'none',
    progress,
    can: itemPermissions(actor, plan, item),
    version: item.version,
  };
}

export function toPlan(record: PlanRecord, items: ItemRecord[], approverName: string | null, today: string): Plan {
  const tasks = items.filter((i) => i.kind === 'TASK' && i.status !== 'CANCELLED');
  const held = record.reviews.map((r) => r.period);
  return {
    id: record.id,
    unitId: record.unitId,
    regulationId: record.regulationId,
    regulationNumber: record.regulation?.number ?? null,
    year: record.year,
    title: record.title,
    status: record.status,
    reviewPeriods: record.reviewPeriods,
    approvedAt: record.approvedAt?.toISOString() ?? null,
    approvedBy: record.approvedById && approverName ? { id: record.approvedById, fullName: approverName } : null,
    closedAt: record.closedAt?.toISOString() ?? null,
    sourcePlanId: record.sourcePlanId,
    progress: progressOf(items).get(null) ?? null,
    counts: {
      tasks: tasks.length,
      done: tasks.filter((t) => t.status === 'DONE').length,
      overdue: tasks.filter((t) => timelinessInPlan(t, clockOf(record), today) === 'overdue').length,
    },
    reviewsDue: overdueReviews(record, held, today),
    assessment: {
      strengths: record.strengths,
      limitations: record.limitations,
      causes: record.causes,
      solutions: record.solutions,
    },
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
