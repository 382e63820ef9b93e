import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { approve, buildPlan, call, planVersion } from '../helpers/plans.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const { ubnd, mttq, women } = ward.organisations;
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
const leader = await login(t.app, ward.users.leader.username, PASSWORD);
let year = 2030;

const task = (overrides: Record<string, unknown> = {}) => ({
  title: 'Tuyên truyền Nghị quyết Đại hội',
  leadOrganisationId: women.id,
  partnerIds: [mttq.id],
  startDate: '2030-01-01',
  dueDate: '2030-06-30',
  ...overrides,
});

describe('plan life cycle', () => {
  it('goes draft → approved → in progress → closed, recording who approved', async () => {
    const built = await buildPlan(t.app, admin, { year: ++year, tasks: [task()] });
    const tree = await call<{ plan: { status: string }; items: { code: string; kind: string }[] }>(
      t.app, admin, 'GET', `/api/plans/${built.planId}`,
    );
    expect(tree.plan.status).toBe('DRAFT');
    expect(tree.items.map((i) => i.code)).toEqual(['1', '1.1']);

    const approved = await approve(t.app, leader, built.planId);
    expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: { id: leader.userId } });

    const v = await planVersion(t.app, admin, built.planId);
    const started = await call(t.app, admin, 'POST', `/api/plans/${built.planId}/start`, undefined, { 'if-match': `"${v}"` });
    expect(started.status).toBe('IN_PROGRESS');
    const closed = await call(t.app, admin, 'POST', `/api/plans/${built.planId}/close`, undefined, { 'if-match': `"${v + 1}"` });
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toBeTruthy();

    const actions = (await t.db.auditLog.findMany({ where: { entityId: built.planId }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['plan.create', 'plan.approve', 'plan.start', 'plan.close']);
  });

  it('lets only People’s Committee or Front leaders approve', async () => {
    const built = await buildPlan(t.app, admin, { year: ++year, tasks: [task()] });
    const v = await planVersion(t.app, admin, built.planId);
    const byAdmin = await injectAs(t.app, admin, { method: 'POST', url: `/api/plans/${built.planId}/approve`, headers: { 'if-match': `"${v}"` } });
    expect(byAdmin.statusCode).toBe(403);
    const womenLeaderUser = await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_LEADER'], organisationId: women.id });
    const womenLeader = await login(t.app, womenLeaderUser.username, PASSWORD);
    const byWomen = await injectAs(t.app, womenLeader, { method: 'POST', url: `/api/plans/${built.planId}/approve`, headers: { 'if-match': `"${v}"` } });
    expect(byWomen.statusCode).toBe(403);
  });

  it('refuses to approve an empty plan and a second plan for the same year', async () => {
    const plan = await call<{ id: string; version: number }>(t.app, admin, 'POST', '/api/plans', { year: ++year, title: 'Trống' });
    const res = await injectAs(t.app, leader, { method: 'POST', url: `/api/plans/${plan.id}/approve`, headers: { 'if-match': `"${plan.version}"` } });
    expect(res.statusCode).toBe(409);
    const again = await injectAs(t.app, admin, { method: 'POST', url: '/api/plans', payload: { year, title: 'Lần hai' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DUPLICATE');
  });

  it('changes an approved plan only through recorded amendments', async () => {
    const built = await buildPlan(t.app, admin, { year: ++year, tasks: [task(), task({ title: 'Nhiệm vụ thứ hai' })] });
    await approve(t.app, leader, built.planId);
    const [first, second] = built.taskIds as [string, string];

    const edit = await injectAs(t.app, admin, { method: 'PATCH', url: `/api/plan-items/${first}`, payload: { title: 'Sửa lén' }, headers: { 'if-match': '"1"' } });
    expect(edit.statusCode).toBe(409);
    const del = await injectAs(t.app, admin, { method: 'DELETE', url: `/api/plan-items/${first}`, headers: { 'if-match': '"1"' } });
    expect(del.statusCode).toBe(409);
    const add = await injectAs(t.app, admin, { method: 'POST', url: `/api/plans/${built.planId}/items`, payload: { kind: 'TASK', ...task() } });
    expect(add.statusCode).toBe(409);

    const changed = await call(t.app, admin, 'POST', `/api/plans/${built.planId}/amendments`, {
      operation: 'CHANGE',
      reason: 'Lùi hạn theo chỉ đạo của Đảng ủy',
      itemId: first,
      version: 1,
      changes: { dueDate: '2030-09-30' },
    });
    expect(changed.dueDate).toBe('2030-09-30');
    const cancelled = await call(t.app, admin, 'POST', `/api/plans/${built.planId}/amendments`, {
      operation: 'CANCEL',
      reason: 'Không còn phù hợp',
      itemId: second,
      version: 1,
    });
    expect(cancelled.status).toBe('CANCELLED');
    const added = await call(t.app, admin, 'POST', `/api/plans/${built.planId}/amendments`, {
      operation: 'ADD',
      reason: 'Nhiệm vụ phát sinh',
      item: { kind: 'TASK', parentId: built.areaId, ...task({ title: 'Phát sinh' }) },
    });
    expect(added.code).toBe('1.3');

    const history = await call<{ kind: string; reason: string }[]>(t.app, admin, 'GET', `/api/plans/${built.planId}/amendments`);
    expect(history.map((a) => a.kind)).toEqual(['ADD', 'CANCEL', 'CHANGE']);
    const timeline = await call<{ type: string; text: string }[]>(t.app, admin, 'GET', `/api/plan-items/${first}/timeline`);
    expect(timeline.find((e) => e.type === 'amendment')?.text).toBe('Lùi hạn theo chỉ đạo của Đảng ủy');
  });

  it('validates tasks with field errors and writes nothing', async () => {
    const plan = await call<{ id: string }>(t.app, admin, 'POST', '/api/plans', { year: ++year, title: 'Kiểm tra' });
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/plans/${plan.id}/items`,
      payload: { kind: 'TASK', title: 'Không chủ trì', partnerIds: [ubnd.id, '01a21665-09bc-75ca-8de9-d3e3b60e70f6'], startDate: '2030-05-01', dueDate: '2030-04-01', targetValue: 3 },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['leadOrganisationId', 'partnerIds.1', 'dueDate', 'targetUnit']);
    expect(await t.db.planItem.count({ where: { planId: plan.id } })).toBe(0);
  });

  it('copies a plan to next year with dates moved and progress reset', async () => {
    const built = await buildPlan(t.app, admin, {
      year: ++year,
      tasks: [task({ startDate: `${year}-01-01`, dueDate: `${year}-03-31`, targetValue: 15, targetUnit: 'tổ hòa giải' })],
    });
    await approve(t.app, leader, built.planId);
    const next = ++year;
    await t.db.planItem.update({ where: { id: built.taskIds[0] }, data: { status: 'DONE', achievedValue: 15 } });
    const copy = await call<{ id: string; status: string; sourcePlanId: string; year: number }>(
      t.app, admin, 'POST', `/api/plans/${built.planId}/copy`, { year: next },
    );
    expect(copy).toMatchObject({ status: 'DRAFT', sourcePlanId: built.planId, year: next });
    const tree = await call<{ items: { kind: string; dueDate: string | null; status: string; achievedValue: number | null; progress: number }[] }>(
      t.app, admin, 'GET', `/api/plans/${copy.id}`,
    );
    const copied = tree.items.find((i) => i.kind === 'TASK')!;
    expect(copied).toMatchObject({ dueDate: `${next}-03-31`, status: 'NOT_STARTED', achievedValue: null, progress: 0 });
    const row = await t.db.planItem.findFirstOrThrow({ where: { planId: copy.id, kind: 'TASK' } });
    expect(row.sourceItemId).toBe(built.taskIds[0]);
  });

  it('keeps the annual assessment for the report', async () => {
    const built = await buildPlan(t.app, admin, { year: ++year, tasks: [task()] });
    const v = await planVersion(t.app, admin, built.planId);
    const updated = await call(t.app, leader, 'PUT', `/api/plans/${built.planId}/assessment`, {
      strengths: 'Phối hợp chặt chẽ',
      limitations: 'Kiểm điểm chưa thường xuyên',
    }, { 'if-match': `"${v}"` });
    expect(updated.assessment).toMatchObject({ strengths: 'Phối hợp chặt chẽ', limitations: 'Kiểm điểm chưa thường xuyên', causes: null });
  });
});

describe('lateness', () => {
  it('counts a task overdue once its plan runs, and keeps it so when the plan closes unfinished', async () => {
    const built = await buildPlan(t.app, admin, { year: ++year, tasks: [task({ startDate: '2020-01-01', dueDate: '2020-01-31' })] });
    const overdue = async () =>
      (await call<{ items: { id: string }[] }>(t.app, admin, 'GET', `/api/tasks?planId=${built.planId}&timeliness=overdue`)).items.length;
    expect(await overdue()).toBe(0); // a draft's tasks are not assigned yet
    const approved = (await approve(t.app, leader, built.planId)) as { version: number; counts: object };
    expect(approved.counts).toMatchObject({ overdue: 1 });
    expect(await overdue()).toBe(1);
    const closed = await call(t.app, admin, 'POST', `/api/plans/${built.planId}/close`, undefined, { 'if-match': `"${approved.version}"` });
    // Unfinished at its due date, before the plan closed: what was late when it closed stays so.
    expect(closed.counts).toMatchObject({ overdue: 1 });
    expect(await overdue()).toBe(1);
    const tree = await call<{ items: { kind: string; timeliness: string }[] }>(t.app, admin, 'GET', `/api/plans/${built.planId}`);
    expect(tree.items.find((i) => i.kind === 'TASK')!.timeliness).toBe('overdue');
  });
});
