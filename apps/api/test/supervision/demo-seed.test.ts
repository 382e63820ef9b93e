// The demo ward's supervision: the two standing boards as the rules want them, the 2025 teams
// (two-tier local government; with the People's Council on social welfare and the environment)
// with answers on time, late, refused and implemented, this year's follow-up checking earlier
// recommendations with one left overdue, and a board's supervision under way. Seeding twice changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/prisma.ts';
import { demoContexts } from '../../src/seed/demo-actors.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import type { ServicesAt } from '../../src/seed/seed-demo-plans.ts';
import { seedDemoSupervision } from '../../src/seed/seed-demo-supervision.ts';
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
const ward = await db.adminUnit.findUniqueOrThrow({ where: { code: 'HOANH-SON' } });
const { as, orgIdOf } = await demoContexts(db, ward.id);
const first = await seedDemoSupervision(servicesAt, db, now);
const viewer = as('xem');

describe('demo ward supervision', () => {
  it('has the two standing boards, complete, and their regular supervisions', async () => {
    expect(first).toEqual({ boards: 2, supervisions: 7, recommendations: 14 });
    const boards = (await reader.supervision.listBoards({ limit: 10 }, viewer)).items;
    const inspection = boards.find((b) => b.kind === 'PEOPLES_INSPECTION')!;
    expect(inspection).toMatchObject({ name: 'Ban Thanh tra nhân dân phường Hoành Sơn', memberCount: 9, warnings: [], head: { fullName: 'Nguyễn Văn Thanh' }, termEnd: '2027-06-30' });
    const detail = await reader.supervision.getBoard(inspection.id, viewer);
    expect(detail.members.filter((m) => m.role === 'DEPUTY')).toHaveLength(2);
    expect(boards.find((b) => b.kind === 'COMMUNITY_INVESTMENT')).toMatchObject({ projectName: 'Nâng cấp, mở rộng đường giao thông nội bộ tổ dân phố Trung Hòa', warnings: [] });
    const regular = await reader.supervision.listSupervisions({ limit: 20, boardId: inspection.id }, viewer);
    expect(regular.items.map((s) => [s.kind, s.status])).toEqual([
      ['REGULAR', 'IN_PROGRESS'],
      ['REGULAR', 'CLOSED'],
    ]);
  });

  it('has the 2025 teams set up by the Front’s decisions, reported, with their recommendations followed', async () => {
    const teams = (await reader.supervision.listSupervisions({ limit: 20, year: 2025, kind: 'JOINT_COUNCIL' }, viewer)).items;
    expect(teams.map((s) => s.title).sort()).toEqual([
      'Giám sát công tác bảo vệ môi trường, thu gom và xử lý rác thải sinh hoạt tại các tổ dân phố',
      'Giám sát việc thực hiện chính sách an sinh xã hội trên địa bàn phường năm 2025',
    ]);
    expect(teams.every((s) => s.coOrganisers.some((o) => o.id === orgIdOf('hdnd')))).toBe(true);
    const [twoTier] = (await reader.supervision.listSupervisions({ limit: 5, q: 'chinh quyen dia phuong 02 cap' }, viewer)).items;
    const detail = await reader.supervision.getSupervision(twoTier!.id, viewer);
    expect(detail).toMatchObject({ kind: 'THEMATIC', status: 'FOLLOWING_UP', decisionNumber: '25/QĐ-MTTQ', lead: { id: orgIdOf('mttq') } });
    expect(new Set(detail.members.map((m) => m.organisation?.id)).size).toBeGreaterThanOrEqual(5);
    expect(detail.recommendationList.map((r) => [r.status, r.answeredLate])).toEqual([
      ['IMPLEMENTED', false],
      ['IMPLEMENTING', true],
      ['REJECTED', false],
      ['IMPLEMENTED', false],
    ]);
    expect(detail.recommendationList[2]!.rejectionReason).toMatch(/Biên chế/);
  });

  it('has this year’s follow-up checking earlier recommendations, one of its own overdue, on both leaders’ lists', async () => {
    const summary = await reader.supervision.recommendationSummary({}, viewer);
    expect(summary).toEqual({ total: 14, unanswered: 2, overdue: 1, answered: 3, implementing: 2, implemented: 6, rejected: 1, answeredLate: 1 });
    const [followUp] = (await reader.supervision.listSupervisions({ limit: 5, q: 'thuc hien kien nghi sau giam sat' }, viewer)).items;
    const detail = await reader.supervision.getSupervision(followUp!.id, viewer);
    expect(detail.checks).toHaveLength(3);
    const overdue = await reader.supervision.listRecommendations({ limit: 10, overdue: true }, as('lanhdao'));
    expect(overdue.items).toHaveLength(1);
    expect(overdue.items[0]).toMatchObject({ supervision: { id: followUp!.id }, addressee: { organisation: { id: orgIdOf('ubnd') } }, can: { answer: true } });
    expect((await reader.supervision.listRecommendations({ limit: 10, overdue: true, mine: true }, as('canbo-ubnd'))).items).toHaveLength(1);
    expect((await reader.supervision.recommendationSummary({ mine: true }, as('mttq'))).total).toBe(0);

    // The hourly sweep tells the People's Committee's staff once.
    expect(await reader.supervision.notifyOverdue()).toBe(1);
    expect(await reader.supervision.notifyOverdue()).toBe(0);
    const told = await db.notification.findMany({ where: { kind: 'recommendation.overdue' }, select: { user: { select: { username: true } } } });
    expect(told.map((n) => n.user.username).sort()).toEqual(['canbo-ubnd', 'lanhdao']);
  });

  it('seeds nothing twice', async () => {
    const counts = async () => [await db.supervision.count(), await db.recommendation.count(), await db.supervisionBoard.count(), await db.auditLog.count()];
    const before = await counts();
    expect(await seedDemoSupervision(servicesAt, db, now)).toEqual({ boards: 0, supervisions: 0, recommendations: 0 });
    expect(await counts()).toEqual(before);
  });
});
