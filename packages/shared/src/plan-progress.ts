// How far a plan has come. A task's own percentage comes from its LEAD organisation's latest
// report: achieved value against its target, else the reported percentage, else its status.
// Partners' reports are contributions: shown in the task's timeline and counted in the partner's
// own scorecard, never the task's value. An item with children takes the weighted average of its
// children; cancelled items count for nothing either way.

export interface ProgressInput {
  id: string;
  parentId: string | null;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
  weight: number;
  targetValue: number | null;
  achievedValue: number | null;
  reportedPercent: number | null;
}

/** A progress report as the rule needs it. */
export interface TaskReport {
  organisationId: string | null;
  reportedOn: string;
  achievedValue: number | null;
  reportedPercent: number | null;
}

/** Only the lead organisation's reports set a task's values; a partner's is a contribution. */
export function setsTaskProgress(
  report: Pick<TaskReport, 'organisationId'>,
  task: { leadOrganisationId: string | null },
): boolean {
  return report.organisationId !== null && report.organisationId === task.leadOrganisationId;
}

/**
 * The task's values from its reports: each of the lead's latest (by report date, then by the
 * order given, later wins) that carries it. Reports of partners are ignored.
 */
export function leadValues(
  reports: TaskReport[],
  task: { leadOrganisationId: string | null },
): { achievedValue: number | null; reportedPercent: number | null } {
  let achieved: TaskReport | null = null;
  let percent: TaskReport | null = null;
  for (const report of reports) {
    if (!setsTaskProgress(report, task)) continue;
    if (report.achievedValue !== null && (!achieved || report.reportedOn >= achieved.reportedOn))
      achieved = report;
    if (report.reportedPercent !== null && (!percent || report.reportedOn >= percent.reportedOn))
      percent = report;
  }
  return {
    achievedValue: achieved?.achievedValue ?? null,
    reportedPercent: percent?.reportedPercent ?? null,
  };
}

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/** A leaf's percentage, or null when it does not count (cancelled). */
export function ownPercent(item: ProgressInput): number | null {
  if (item.status === 'CANCELLED') return null;
  if (item.status === 'DONE') return 100;
  if (item.targetValue !== null && item.targetValue > 0 && item.achievedValue !== null) {
    return clamp((item.achievedValue / item.targetValue) * 100);
  }
  if (item.reportedPercent !== null) return clamp(item.reportedPercent);
  return 0;
}

/** Weighted average of the parts that count; null when none does. */
export function weightedAverage(
  parts: { percent: number | null; weight: number }[],
): number | null {
  let total = 0;
  let weights = 0;
  for (const { percent, weight } of parts) {
    if (percent === null || weight <= 0) continue;
    total += percent * weight;
    weights += weight;
  }
  return weights === 0 ? null : total / weights;
}

/**
 * Percentages of every item of a plan and of the plan itself (key `null`), rounded to one decimal.
 * A cancelled parent counts for nothing, whatever its children did.
 */
export function computeProgress(items: ProgressInput[]): Map<string | null, number | null> {
  const children = new Map<string | null, ProgressInput[]>();
  for (const item of items) {
    const list = children.get(item.parentId) ?? [];
    list.push(item);
    children.set(item.parentId, list);
  }
  const result = new Map<string | null, number | null>();
  const visit = (item: ProgressInput): number | null => {
    const kids = children.get(item.id) ?? [];
    const childPercents = kids.map((kid) => ({ percent: visit(kid), weight: kid.weight }));
    let percent: number | null;
    if (item.status === 'CANCELLED') percent = null;
    else if (kids.length) percent = weightedAverage(childPercents) ?? ownPercent(item);
    else percent = ownPercent(item);
    result.set(item.id, round(percent));
    return percent;
  };
  const top = (children.get(null) ?? []).map((item) => ({
    percent: visit(item),
    weight: item.weight,
  }));
  result.set(null, round(weightedAverage(top)));
  return result;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
