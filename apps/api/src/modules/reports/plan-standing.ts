// Where a plan stood on the report's day: each task's status and values as its progress reports
// gave them by then, and the plan's weighted progress by the shared rule (plan-progress.ts).
import { todayInVietnam, type IsoDate } from '@phoihop/shared/dates';
import { computeProgress, type ProgressInput } from '@phoihop/shared/plan-progress';
import { timelinessInPlan, type PlanClock } from '@phoihop/shared/task-schedule';
import type { PlanCounts } from './report-figures.ts';
import type { ReportPlan, ReportPlanItem } from './report-plans.repository.ts';

/**
 * A task done after asOf was still under way on asOf. Values come from the latest report by
 * asOf when reports carry them; a value no report ever carried was set with the plan itself.
 */
export function progressInputAt(item: ReportPlanItem, asOf: IsoDate): ProgressInput {
  const doneLater = item.status === 'DONE' && item.completedOn !== null && item.completedOn > asOf;
  return {
    id: item.id,
    parentId: item.parentId,
    status: doneLater ? 'IN_PROGRESS' : item.status,
    weight: item.weight,
    targetValue: item.targetValue,
    achievedValue: item.achievedReported ? item.reportedAchieved : item.achievedValue,
    reportedPercent: item.percentReported ? item.reportedPercentAsOf : item.reportedPercent,
  };
}

/** The plan as it stood on asOf: closed only if it had closed by then. */
function clockAt(plan: Pick<ReportPlan, 'status' | 'closedAt'>, asOf: IsoDate): PlanClock {
  const closedOn = plan.closedAt ? todayInVietnam(plan.closedAt) : null;
  if (plan.status === 'CLOSED' && (closedOn === null || closedOn <= asOf)) return { status: 'CLOSED', closedOn };
  return { status: plan.status === 'DRAFT' ? 'DRAFT' : 'IN_PROGRESS', closedOn: null };
}

export function planCountsAt(plan: Pick<ReportPlan, 'id' | 'status' | 'closedAt'>, items: ReportPlanItem[], asOf: IsoDate): PlanCounts {
  const inputs = items.map((item) => progressInputAt(item, asOf));
  const tasks = inputs
    .map((input, i) => ({ input, item: items[i]! }))
    .filter(({ input, item }) => item.kind === 'TASK' && input.status !== 'CANCELLED');
  const clock = clockAt(plan, asOf);
  const late = ({ input, item }: (typeof tasks)[number]) =>
    timelinessInPlan({ ...input, nextDueOn: item.nextDueOn }, clock, asOf) === 'overdue';
  return {
    id: plan.id,
    tasks: tasks.length,
    done: tasks.filter(({ input }) => input.status === 'DONE').length,
    // As the plan page counts them (timelinessInPlan), on asOf.
    overdue: tasks.filter(late).length,
    progress: computeProgress(inputs).get(null) ?? null,
  };
}
