// The demo ward's plans carry the Hoành Sơn report's structure and figures, and seeding twice
// changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/prisma.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { seedDemoPlans, type ServicesAt } from '../../src/seed/seed-demo-plans.ts';
import { createServices } from '../../src/services.ts';
import { testConfig } from '../helpers/app.ts';
import { createTestDatabase } from '../helpers/database.ts';

const database = await createTestDatabase();
const db = createPrisma(database.url, 4);
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const config = testConfig();
const now = new Date('2026-11-26T03:00:00Z');
const servicesAt: ServicesAt = (clock) => createServices(db, config, clock);
const reader = createServices(db, config, () => now);

await seedDemo(db);
const first = await seedDemoPlans(servicesAt, db, now);
const ward = await db.adminUnit.findUniqueOrThrow({ where: { code: 'HOANH-SON' } });
const xem = await db.user.findUniqueOrThrow({ where: { username: 'xem' }, include: { roles: true } });
const ctx = { actor: { id: xem.id, unitId: ward.id, organisationId: null, roles: ['VIEWER' as const] }, requestId: 't', ip: null };

async function tree(year: number) {
  const plan = await db.plan.findFirstOrThrow({ where: { unitId: ward.id, year } });
  return reader.plans.get(plan.id, ctx);
}

const counts = async () => ({
  regulations: await db.regulation.count(),
  plans: await db.plan.count(),
  items: await db.planItem.count(),
  updates: await db.progressUpdate.count(),
  users: await db.user.count(),
  audit: await db.auditLog.count(),
});

describe('demo ward plans', () => {
  it('closes the 2025 plan with its seven areas, figures and assessment', async () => {
    const { plan, items } = await tree(2025);
    expect(plan).toMatchObject({ status: 'CLOSED', regulationNumber: '01/QCPH-UBND-MTTQ' });
    expect(plan.approvedBy?.fullName).toBe('Nguyễn Văn Lãnh');
    const areas = items.filter((i) => i.kind === 'AREA');
    expect(areas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(areas[5]!.title).toMatch(/^Phối hợp trong công tác tiếp công dân/);

    const byUnit = (unit: string) => items.find((i) => i.targetUnit === unit);
    expect(byUnit('tổ hòa giải')).toMatchObject({ targetValue: 15, achievedValue: 15, status: 'DONE' });
    expect(byUnit('hòa giải viên')).toMatchObject({ targetValue: 132, achievedValue: 132 });
    expect(byUnit('%')).toMatchObject({ targetValue: 100, achievedValue: 100 });
    expect(byUnit('chuyên đề')).toMatchObject({ targetValue: 2, achievedValue: 2, status: 'DONE' });
    const letters = byUnit('đơn thư')!;
    expect(letters).toMatchObject({ code: '6.2', targetValue: 48, achievedValue: 43, status: 'IN_PROGRESS' });
    const timeline = await reader.progress.timeline(letters.id, ctx);
    expect(timeline.find((e) => e.type === 'progress')?.text).toContain('còn 05 đơn đang giải quyết');
    expect(timeline.find((e) => e.type === 'progress')?.organisation?.shortName).toBe('UBND phường');

    expect(plan.assessment.strengths).toMatch(/thành nề nếp/);
    expect(plan.assessment.limitations).toMatch(/kiểm điểm tình hình phối hợp theo định kỳ chưa thành nền nếp/);
    expect(plan.assessment.causes).toBeTruthy();
    expect(plan.assessment.solutions).toMatch(/thông tin hai chiều/);
    expect(plan.counts).toMatchObject({ tasks: 31, done: 29 });
  });

  it('has the 2026 plan under way with done, on-time and overdue tasks', async () => {
    const { plan, items } = await tree(2026);
    expect(plan.status).toBe('IN_PROGRESS');
    expect(items.filter((i) => i.kind === 'AREA').map((a) => a.title)).toEqual([
      'Ký kết Quy chế phối hợp hoạt động năm 2026',
      'Một số nhiệm vụ trọng tâm trong công tác phối hợp năm 2026',
      'Giải pháp thực hiện',
    ]);
    const keyTasks = items.filter((i) => i.code.startsWith('2.'));
    expect(keyTasks.map((t) => t.code)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    const timeliness = new Set(items.filter((i) => i.kind === 'TASK').map((i) => i.timeliness));
    expect(timeliness).toEqual(new Set(['none', 'on-track', 'overdue']));
    expect(items.find((i) => i.code === '1.1')?.status).toBe('DONE');
    expect(items.find((i) => i.code === '3.4')).toMatchObject({ timeliness: 'overdue', nextDueOn: '2026-09-30' });
    expect(items.every((i) => !i.lastReportedOn || i.lastReportedOn <= '2026-11-26')).toBe(true);
    expect(plan.progress).toBeGreaterThan(0);
    // Imported like an admin's file: each item keyed by its row code, which is its outline number.
    const keys = await db.planItem.findMany({ where: { planId: plan.id }, select: { code: true, importKey: true } });
    expect(keys.every((k) => k.importKey === k.code)).toBe(true);
  });

  it('changes nothing when run again', async () => {
    expect(first).toMatchObject({ plans: 2, items: 53 });
    const before = await counts();
    await seedDemo(db);
    expect(await seedDemoPlans(servicesAt, db, now)).toEqual({ plans: 0, items: 0, reports: 0 });
    expect(await counts()).toEqual(before);
  });
});
