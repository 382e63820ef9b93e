import type { Page } from '@phoihop/shared/common';
import { todayInVietnam } from '@phoihop/shared/dates';
import { oneDecimal } from '@phoihop/shared/percent';
import { can } from '@phoihop/shared/policies';
import type { ListTasksQuery, ScorecardRow, TaskRow } from '@phoihop/shared/plans';
import { setsTaskProgress, weightedAverage } from '@phoihop/shared/plan-progress';
import { timelinessInPlan } from '@phoihop/shared/task-schedule';
import type { Db } from '../../db/prisma.ts';
import { forbidden } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
import { loadPlan } from './plan-access.ts';
import type { PlanItemRepository } from './plan-items.repository.ts';
import { clockOf, progressOf, toPlanItem } from './plan-view.ts';
import type { PlanRepository } from './plans.repository.ts';
import type { TaskRepository } from './tasks.repository.ts';

interface Deps {
  db: Db;
  plans: PlanRepository;
  items: PlanItemRepository;
  tasks: TaskRepository;
  now?: () => Date;
}

export function createTaskService({ db, plans, items, tasks, now = () => new Date() }: Deps) {
  return {
    /** How many rows the list shows for the filter (an export's total). */
    async count(query: Parameters<TaskRepository['count']>[0], ctx: RequestContext): Promise<number> {
      const unitId = ctx.actor.unitId;
      if (!can(ctx.actor, 'plan:read', { unitId })) throw forbidden();
      return tasks.count(query, unitId, todayInVietnam(now()));
    },

    /** A page of tasks; only the page's own sub-trees are read to work out their progress. */
    async list(query: ListTasksQuery, ctx: RequestContext): Promise<Page<TaskRow>> {
      const unitId = ctx.actor.unitId;
      if (!can(ctx.actor, 'plan:read', { unitId })) throw forbidden();
      const today = todayInVietnam(now());
      // The first page carries the total, so a list opened from a figure shows the same count.
      const [{ records, nextCursor }, total] = await Promise.all([
        tasks.list(query, unitId, today),
        query.cursor ? undefined : tasks.count(query, unitId, today),
      ]);
      const ids = records.map((r) => r.id);
      const [planRows, descendants, areaTitles] = await Promise.all([
        tasks.plansByIds([...new Set(records.map((r) => r.planId))]),
        items.descendantsOf(db, ids, unitId),
        items.titles(db, [...new Set(records.map((r) => r.areaId).filter((id): id is string => !!id))]),
      ]);
      const planById = new Map(planRows.map((p) => [p.id, p]));
      // Each listed task is the root of its own sub-tree here.
      const progress = progressOf([...records.map((r) => ({ ...r, parentId: null })), ...descendants]);
      const rows = records.map((record) => {
        const plan = planById.get(record.planId)!;
        return {
          ...toPlanItem(plan, record, progress.get(record.id) ?? null, ctx.actor, today),
          planYear: plan.year,
          areaTitle: record.areaId ? (areaTitles.get(record.areaId) ?? null) : null,
        };
      });
      return { items: rows, nextCursor, ...(total === undefined ? {} : { total }) };
    },

    /** Per organisation of the unit: what it leads and shares, done (on time) and overdue. */
    async scorecard(planId: string, ctx: RequestContext): Promise<ScorecardRow[]> {
      const plan = await loadPlan(db, plans, planId, ctx);
      const today = todayInVietnam(now());
      const [list, orgs, reports] = await Promise.all([
        items.listByPlan(db, plan.id, plan.unitId),
        items.organisationsOf(db, plan.unitId),
        tasks.reportsByOrganisation(plan.id),
      ]);
      const progress = progressOf(list);
      const live = list.filter((i) => i.kind === 'TASK' && i.status !== 'CANCELLED');
      const liveById = new Map(live.map((t) => [t.id, t]));
      // A partner's reports are its contributions (plan-progress.ts): counted here, not in the task.
      const contributions = reports.filter((r) => {
        const task = liveById.get(r.taskId);
        return task !== undefined && !setsTaskProgress(r, task);
      });
      const clock = clockOf(plan);
      return [...orgs.values()]
        .map((organisation) => {
          const led = live.filter((t) => t.leadOrganisationId === organisation.id);
          const partnered = live.filter((t) => t.partners.some((p) => p.id === organisation.id));
          const done = led.filter((t) => t.status === 'DONE');
          const own = contributions.filter((r) => r.organisationId === organisation.id);
          return {
            organisation,
            led: led.length,
            partnered: partnered.length,
            done: done.length,
            doneOnTime: done.filter((t) => !t.dueDate || (t.completedOn !== null && t.completedOn <= t.dueDate)).length,
            overdue: led.filter((t) => timelinessInPlan(t, clock, today) === 'overdue').length,
            progress: oneDecimal(weightedAverage(led.map((t) => ({ percent: progress.get(t.id) ?? null, weight: t.weight })))),
            contributions: own.reduce((sum, r) => sum + r._count._all, 0),
            contributedTasks: own.length,
          };
        })
        .filter((row) => row.led + row.partnered > 0)
        .sort((a, b) => b.led - a.led || a.organisation.name.localeCompare(b.organisation.name, 'vi'));
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
