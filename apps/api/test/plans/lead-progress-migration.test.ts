// The migration that undoes partners' overwrites: a task a partner reported a value on takes its
// lead organisation's latest values again; other tasks are left alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTestApp, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { approve, buildPlan } from '../helpers/plans.ts';

const sql = readFileSync(
  new URL('../../../../prisma/migrations/20261207083000_lead_reports_set_task_progress/migration.sql', import.meta.url),
  'utf8',
);

const t = await buildTestApp();
const ward = await createWard(t.db);
const { ubnd, women } = ward.organisations;
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
const leader = await login(t.app, ward.users.leader.username, PASSWORD);
const built = await buildPlan(t.app, admin, {
  year: 2026,
  tasks: [
    { title: 'Chăm lo cho người nghèo', leadOrganisationId: ubnd.id, partnerIds: [women.id], dueDate: '2026-12-31' },
    { title: 'Tuyên truyền', leadOrganisationId: ubnd.id, dueDate: '2026-12-31' },
  ],
});
await approve(t.app, leader, built.planId);
const [shared, alone] = built.taskIds as [string, string];

const report = (taskId: string, organisationId: string, reportedOn: string, reportedPercent: number) =>
  t.db.progressUpdate.create({
    data: { unitId: ward.unit.id, taskId, organisationId, authorId: ward.users.leader.id, reportedOn: new Date(`${reportedOn}T00:00:00Z`), text: 'Báo cáo', reportedPercent },
  });

describe('the lead-reports migration', () => {
  it("gives back the lead's latest value where a partner's had overwritten it", async () => {
    await report(shared, ubnd.id, '2026-03-01', 20);
    await report(shared, ubnd.id, '2026-06-01', 30);
    await report(shared, women.id, '2026-09-01', 60);
    await report(alone, ubnd.id, '2026-09-01', 45);
    // As the old code left them: the partner's 60% on the task, the lead's 45% on the other.
    await t.db.planItem.update({ where: { id: shared }, data: { reportedPercent: 60 } });
    await t.db.planItem.update({ where: { id: alone }, data: { reportedPercent: 45 } });

    await t.db.$executeRawUnsafe(sql);

    const items = await t.db.planItem.findMany({ where: { id: { in: [shared, alone] } }, select: { id: true, reportedPercent: true } });
    expect(Object.fromEntries(items.map((i) => [i.id, i.reportedPercent]))).toEqual({ [shared]: 30, [alone]: 45 });
  });
});
