import { describe, expect, it } from 'vitest';
import { buildTestApp, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);

describe('concurrent edits of one plan', () => {
  it('numbers tasks added at the same moment one after the other', async () => {
    const plan = await call<{ id: string }>(t.app, admin, 'POST', '/api/plans', { year: 2035, title: 'Song song' });
    const area = await call<{ id: string }>(t.app, admin, 'POST', `/api/plans/${plan.id}/items`, { kind: 'AREA', title: 'Lĩnh vực' });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(t.app, admin, 'POST', `/api/plans/${plan.id}/items`, {
          kind: 'TASK',
          parentId: area.id,
          title: `Việc ${i}`,
          leadOrganisationId: ward.organisations.ubnd.id,
        }),
      ),
    );
    const rows = await t.db.planItem.findMany({ where: { planId: plan.id, kind: 'TASK' }, select: { code: true } });
    expect(rows.map((r) => r.code).sort()).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8']);
  });
});

describe('reports and amendments at the same moment', () => {
  it('all succeed, one after the other, without deadlock or lost updates', async () => {
    const leader = await login(t.app, ward.users.leader.username, PASSWORD);
    const officer = await login(t.app, ward.users.officer.username, PASSWORD);
    const plan = await call<{ id: string }>(t.app, admin, 'POST', '/api/plans', { year: 2036, title: 'Cùng lúc' });
    const area = await call<{ id: string }>(t.app, admin, 'POST', `/api/plans/${plan.id}/items`, { kind: 'AREA', title: 'Lĩnh vực' });
    const task = await call<{ id: string }>(t.app, admin, 'POST', `/api/plans/${plan.id}/items`, {
      kind: 'TASK',
      parentId: area.id,
      title: 'Việc chung',
      leadOrganisationId: ward.organisations.women.id,
      targetValue: 10,
      targetUnit: 'buổi',
    });
    const { version } = await t.db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    await call(t.app, leader, 'POST', `/api/plans/${plan.id}/approve`, undefined, { 'if-match': `"${version}"` });
    await Promise.all([
      ...[1, 2, 3].map((n) =>
        call(t.app, officer, 'POST', `/api/plan-items/${task.id}/progress`, {
          reportedOn: '2026-01-1' + n,
          text: `Lần ${n}`,
          achievedValue: n,
        }),
      ),
      ...[1, 2, 3].map((n) =>
        call(t.app, admin, 'POST', `/api/plans/${plan.id}/amendments`, {
          operation: 'ADD',
          reason: 'Phát sinh',
          item: { kind: 'TASK', parentId: area.id, title: `Phát sinh ${n}`, leadOrganisationId: ward.organisations.ubnd.id },
        }),
      ),
    ]);
    expect(await t.db.progressUpdate.count({ where: { taskId: task.id } })).toBe(3);
    const codes = (await t.db.planItem.findMany({ where: { planId: plan.id, kind: 'TASK' }, select: { code: true } })).map((r) => r.code);
    expect(codes.sort()).toEqual(['1.1', '1.2', '1.3', '1.4']);
  });
});
