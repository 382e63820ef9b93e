// Where a plan stood on the report's day: each task's status and values as its progress reports
// gave them by then, and the plan's weighted progress by the shared rule (plan-progress.ts).
import type { IsoDate } from '@phoihop/shared/dates';
import { computeProgress, type ProgressInput } from '@phoihop/shared/plan-progress';
import type { PlanCounts } from './report-figures.ts';
import type { ReportPlanItem } from './report-plans.repository.ts';

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

export function planCountsAt(planId: string, items: ReportPlanItem[], asOf: IsoDate): PlanCounts {
  const inputs = items.map((item) => progressInputAt(item, asOf));
  const tasks = inputs.filter((input, i) => items[i]!.kind === 'TASK' && input.status !== 'CANCELLED');
  return {
    id: planId,
    tasks: tasks.length,
    done: tasks.filter((t) => t.status === 'DONE').length,
    progress: computeProgress(inputs).get(null) ?? null,
  };
}
