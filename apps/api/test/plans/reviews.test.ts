import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { approve, buildPlan, call } from '../helpers/plans.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-07-20T03:00:00Z');
const ward = await createWard(t.db);
const { ubnd, mttq, women } = ward.organisations;
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
const leader = await login(t.app, ward.users.leader.username, PASSWORD);
const officer = await login(t.app, ward.users.officer.username, PASSWORD);

const built = await buildPlan(t.app, admin, {
  year: 2026,
  tasks: [
    { title: 'Tuyên truyền', leadOrganisationId: women.id, dueDate: '2026-03-31' },
    { title: 'Hòa giải', leadOrganisationId: mttq.id, dueDate: '2026-12-31' },
  ],
});
await approve(t.app, leader, built.planId);
const [first, second] = built.taskIds as [string, string];

describe('periodic reviews', () => {
  it('flags the quarterly reviews that are past due and not held', async () => {
    const tree = await call<{ plan: { reviewsDue: string[] } }>(t.app, leader, 'GET', `/api/plans/${built.planId}`);
    expect(tree.plan.reviewsDue).toEqual(['Q1', 'Q2']);
  });

  it('records a review with task assessments, and its follow-ups become tasks of the plan', async () => {
    const review = await call<{ id: string; followUpTaskIds: string[]; assessments: { taskTitle: string; rating: string }[] }>(
      t.app, leader, 'POST', `/api/plans/${built.planId}/reviews`, {
        period: 'Q1',
        heldOn: '2026-04-10',
        presentOrganisationIds: [ubnd.id, mttq.id, women.id],
        assessments: [
          { taskId: first, rating: 'GOOD', note: 'Hoàn thành sớm' },
          { taskId: second, rating: 'NOT_ACHIEVED' },
        ],
        conclusions: 'Các tổ chức phối hợp tốt; cần đẩy nhanh công tác hòa giải.',
        followUps: [{ title: 'Rà soát các tổ hòa giải', leadOrganisationId: mttq.id, dueDate: '2026-05-31' }],
      },
    );
    expect(review.assessments.map((a) => [a.taskTitle, a.rating])).toEqual([
      ['Tuyên truyền', 'GOOD'],
      ['Hòa giải', 'NOT_ACHIEVED'],
    ]);
    expect(review.followUpTaskIds).toHaveLength(1);

    const tree = await call<{ plan: { reviewsDue: string[] }; items: { id: string; title: string; code: string; kind: string }[] }>(
      t.app, leader, 'GET', `/api/plans/${built.planId}`,
    );
    expect(tree.plan.reviewsDue).toEqual(['Q2']);
    const followUp = tree.items.find((i) => i.id === review.followUpTaskIds[0])!;
    expect(followUp).toMatchObject({ title: 'Rà soát các tổ hòa giải', code: '2.1' });
    expect(tree.items.find((i) => i.code === '2')!.title).toBe('Nhiệm vụ sau kiểm điểm');
    const history = await call<{ kind: string; reason: string }[]>(t.app, leader, 'GET', `/api/plans/${built.planId}/amendments`);
    expect(history[0]).toMatchObject({ kind: 'ADD', reason: 'Kết luận kiểm điểm quý I' });
    const list = await call<{ period: string }[]>(t.app, officer, 'GET', `/api/plans/${built.planId}/reviews`);
    expect(list.map((r) => r.period)).toEqual(['Q1']);
  });

  it('refuses a second review of the same period and a review by an officer', async () => {
    const again = await injectAs(t.app, leader, {
      method: 'POST',
      url: `/api/plans/${built.planId}/reviews`,
      payload: { period: 'Q1', heldOn: '2026-04-12', presentOrganisationIds: [ubnd.id], conclusions: 'Lặp' },
    });
    expect(again.statusCode).toBe(409);
    const byOfficer = await injectAs(t.app, officer, {
      method: 'POST',
      url: `/api/plans/${built.planId}/reviews`,
      payload: { period: 'Q2', heldOn: '2026-07-10', presentOrganisationIds: [ubnd.id], conclusions: 'Không được' },
    });
    expect(byOfficer.statusCode).toBe(403);
  });

  it('rejects a bad follow-up with a located field error and writes nothing', async () => {
    const before = await t.db.planItem.count();
    const res = await injectAs(t.app, leader, {
      method: 'POST',
      url: `/api/plans/${built.planId}/reviews`,
      payload: {
        period: 'Q2',
        heldOn: '2026-07-10',
        presentOrganisationIds: [ubnd.id],
        conclusions: 'Kết luận',
        followUps: [{ title: 'Việc', leadOrganisationId: ubnd.id, dueDate: '2026-06-01' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('followUps.0.dueDate');
    expect(await t.db.planItem.count()).toBe(before);
    expect(await t.db.review.count({ where: { period: 'Q2' } })).toBe(0);
  });
});
