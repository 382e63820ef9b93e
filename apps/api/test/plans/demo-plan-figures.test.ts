// The plan figures of the demo ward as the issue saw them: a partner's report must not move a
// task led by another organisation, and a closed plan keeps what was late when it closed.
import { describe, expect, it } from 'vitest';
import { demoApp } from '../helpers/demo-ward.ts';
import { call } from '../helpers/plans.ts';
import { dashboardOf } from '../dashboard/helpers.ts';

const { t, ward, as, organisation } = await demoApp();
const lanhdao = await as('lanhdao');
const canbo = await as('canbo');

interface PlanView {
  plan: { id: string; progress: number; counts: { tasks: number; done: number; overdue: number } };
  items: { id: string; code: string; progress: number | null; timeliness: string }[];
}

async function planOf(year: number) {
  const { id } = await t.db.plan.findUniqueOrThrow({
    where: { unitId_year: { unitId: ward.id, year } },
    select: { id: true },
  });
  return call<PlanView>(t.app, lanhdao, 'GET', `/api/plans/${id}`);
}

describe("a partner's report on the 2026 plan", async () => {
  const ubnd = await organisation('Ủy ban nhân dân phường Hoành Sơn');
  const before = await planOf(2026);
  const task = before.items.find((i) => i.code === '2.4')!;
  const ubndPercent = async () =>
    (await dashboardOf(t.app, lanhdao)).overview!.progressByOrganisation.find(
      (r) => r.organisation.id === ubnd,
    )!.percent;
  const ubndBefore = await ubndPercent();
  const reportProgress = async () =>
    (
      await call<{ figures: { key: string; value: number | null }[] }>(
        t.app,
        lanhdao,
        'GET',
        '/api/reports/annual/2026/figures',
      )
    ).figures.find((f) => f.key === 'plan.progress')!.value;
  const reportBefore = await reportProgress();

  it("is the Women's Union's contribution and leaves task, plan and People's Committee as they were", async () => {
    await call(t.app, canbo, 'POST', `/api/plan-items/${task.id}/progress`, {
      reportedOn: '2026-11-25',
      text: 'Hội LHPN phường đã hỗ trợ 12 hộ hội viên nghèo',
      reportedPercent: 60,
    });
    const after = await planOf(2026);
    expect(after.items.find((i) => i.id === task.id)!.progress).toBe(task.progress);
    expect(after.plan.progress).toBe(before.plan.progress);
    expect(await ubndPercent()).toBe(ubndBefore);
    expect(await reportProgress()).toBe(reportBefore);

    const timeline = await call<
      { text: string; contribution: boolean; reportedPercent: number | null }[]
    >(t.app, lanhdao, 'GET', `/api/plan-items/${task.id}/timeline`);
    expect(timeline[0]).toMatchObject({ reportedPercent: 60, contribution: true });
  });

  it("moves the task when the People's Committee reports", async () => {
    await call(t.app, await as('canbo-ubnd'), 'POST', `/api/plan-items/${task.id}/progress`, {
      reportedOn: '2026-11-26',
      text: 'UBND phường đã hỗ trợ sửa chữa 8 nhà',
      reportedPercent: 70,
    });
    const after = await planOf(2026);
    expect(after.items.find((i) => i.id === task.id)!.progress).toBe(70);
    expect(after.plan.progress).toBeGreaterThan(before.plan.progress);
    const timeline = await call<{ contribution: boolean }[]>(
      t.app,
      lanhdao,
      'GET',
      `/api/plan-items/${task.id}/timeline`,
    );
    expect(timeline[0]!.contribution).toBe(false);
  });
});

describe('the closed 2025 plan', () => {
  it('keeps its two tasks unfinished at 31/12/2025 overdue: plan page, task list, dashboard and report', async () => {
    const closed = await planOf(2025);
    const late = closed.items.filter((i) => i.timeliness === 'overdue').map((i) => i.code);
    expect(late.sort()).toEqual(['4.3', '6.2']); // 6.2 at 90% (43 of 48 letters), due 31/12/2025
    expect(closed.plan.counts.overdue).toBe(2);

    const list = await call<{ items: { code: string }[] }>(
      t.app,
      lanhdao,
      'GET',
      `/api/tasks?planId=${closed.plan.id}&timeliness=overdue`,
    );
    expect(list.items.map((i) => i.code).sort()).toEqual(['4.3', '6.2']);

    const overview = (await dashboardOf(t.app, lanhdao, '?year=2025')).overview!;
    expect(overview.progressByArea.reduce((sum, area) => sum + area.overdue, 0)).toBe(2);
    expect(overview.progressByOrganisation.reduce((sum, org) => sum + org.overdue, 0)).toBe(2);

    const figures = await call<{ figures: { key: string; value: number | null; text: string }[] }>(
      t.app,
      lanhdao,
      'GET',
      '/api/reports/annual/2025/figures?asOf=2025-12-31',
    );
    expect(figures.figures.find((f) => f.key === 'plan.tasksOverdue')).toMatchObject({
      value: 2,
      text: '02',
    });
    // On the day of the saved report, before the plan closed, nothing was late yet.
    const before = await call<{ figures: { key: string; value: number | null }[] }>(
      t.app,
      lanhdao,
      'GET',
      '/api/reports/annual/2025/figures?asOf=2025-12-15',
    );
    expect(before.figures.find((f) => f.key === 'plan.tasksOverdue')!.value).toBe(0);
  });
});

describe("the People's Committee's own work, by year", () => {
  it('counts this year by default and the closed 2025 plan’s unfinished tasks for 2025', async () => {
    const officer = await as('canbo-ubnd');
    const now = (await dashboardOf(t.app, officer)).mine;
    expect(now.year).toBe(2026);
    expect(now.upcoming.every((u) => u.on.startsWith('2026-'))).toBe(true);

    const before = (await dashboardOf(t.app, officer, '?mineYear=2025')).mine;
    expect(before.year).toBe(2025);
    expect(before.tasksOverdue.value).toBe(2);
    expect(before.tasksDueSoon.value).toBe(0);
    const plan2025 = (await planOf(2025)).plan.id;
    expect(before.tasksOverdue.link).toMatchObject({ to: `/plans/${plan2025}`, search: { timeliness: 'overdue' } });
    const listed = await call<{ items: unknown[] }>(
      t.app, officer, 'GET', `/api/tasks?planId=${plan2025}&organisationId=${before.organisation!.id}&involvement=lead&timeliness=overdue`,
    );
    expect(listed.items).toHaveLength(2);
    expect(before.upcoming).toEqual([]);
  });
});
