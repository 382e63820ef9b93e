// Progress of the year's plan by area and by lead organisation, by the shared plan-progress rule
// (weighted tree, cancelled tasks count for nothing) and the shared timeliness rule.
import type { Overview } from '@phoihop/shared/dashboard';
import { todayInVietnam, type IsoDate } from '@phoihop/shared/dates';
import { oneDecimal } from '@phoihop/shared/percent';
import { computeProgress, weightedAverage } from '@phoihop/shared/plan-progress';
import { timelinessInPlan, type PlanClock } from '@phoihop/shared/task-schedule';
import { links } from './dashboard-links.ts';
import type { OverviewRepository, PlanItemRow } from './overview.repository.ts';

type PlanPart = Pick<Overview, 'plan' | 'progressByArea' | 'progressByOrganisation'>;

/** A part nothing counts in yet reads 0%. */
const round = (value: number | null) => oneDecimal(value) ?? 0;

export async function planOverview(repo: OverviewRepository, unitId: string, year: number, today: IsoDate): Promise<PlanPart> {
  const plan = await repo.plan(unitId, year);
  if (!plan) return { plan: null, progressByArea: [], progressByOrganisation: [] };
  const items = await repo.planItems(plan.id);
  const progress = computeProgress(items);
  // A draft's tasks are not assigned yet; a closed plan keeps what was late when it closed.
  const clock: PlanClock = {
    status: plan.status,
    closedOn: plan.closedAt ? todayInVietnam(plan.closedAt) : null,
  };
  const tasks = items.filter((i) => i.kind === 'TASK' && i.status !== 'CANCELLED');
  const counts = (of: PlanItemRow[]) => ({
    tasks: of.length,
    done: of.filter((t) => t.status === 'DONE').length,
    overdue: of.filter((t) => timelinessInPlan(t, clock, today) === 'overdue').length,
  });

  const progressByArea = items
    .filter((i) => i.kind === 'AREA' && i.parentId === null)
    .sort((a, b) => a.position - b.position)
    .map((area) => ({
      id: area.id,
      code: area.code ?? '',
      title: area.title ?? '',
      ...counts(tasks.filter((t) => t.areaId === area.id)),
      percent: round(progress.get(area.id) ?? null),
      link: links.planTasks(plan.id, { area: area.id }),
    }));

  const organisations = await repo.organisations(tasks.map((t) => t.leadOrganisationId));
  const progressByOrganisation = [...organisations.values()]
    .map((organisation) => {
      const led = tasks.filter((t) => t.leadOrganisationId === organisation.id);
      return {
        organisation,
        ...counts(led),
        // As the plan's scorecard: the weighted average of the tasks it leads.
        percent: round(weightedAverage(led.map((t) => ({ percent: progress.get(t.id) ?? null, weight: t.weight })))),
        link: links.planTasks(plan.id, { org: organisation.id, involvement: 'lead' }),
      };
    })
    .sort((a, b) => b.tasks - a.tasks || a.organisation.name.localeCompare(b.organisation.name, 'vi'));

  return { plan: { id: plan.id, title: plan.title }, progressByArea, progressByOrganisation };
}
