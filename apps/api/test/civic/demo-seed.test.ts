// The demo ward's social criticism, voter contact and suggestion boxes, seeded through the
// services: consolidated 2025 drafts with responses and one open now, petitions answered and
// reported back and some overdue, boxes opened each quarter with one suggestion turned into a
// case. Seeding twice changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/prisma.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import type { ServicesAt } from '../../src/seed/seed-demo-plans.ts';
import { seedDemoCivic } from '../../src/seed/seed-demo-civic.ts';
import { demoContexts } from '../../src/seed/demo-actors.ts';
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
const first = await seedDemoCivic(servicesAt, db, now);

describe('demo ward social criticism', () => {
  it('has the 2025 drafts consolidated with responses and the 2027 plan open for comment now', async () => {
    expect(first.drafts).toBe(4);
    const open = await reader.criticism.listDrafts({ limit: 25, open: true }, as('xem'));
    expect(open.items.map((d) => d.title)).toEqual(['Dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2027 của phường Hoành Sơn']);
    expect(open.items[0]!.commentDeadline > '2026-11-26').toBe(true);
    const all = await reader.criticism.listDrafts({ limit: 25 }, as('xem'));
    const party = all.items.find((d) => d.title.includes('Đảng bộ phường Hoành Sơn lần thứ I'))!;
    expect(party).toMatchObject({ phase: 'CONSOLIDATED', commentCount: 5, pendingResponses: 0 });
    expect(all.items.find((d) => d.title.includes('MTTQ Việt Nam tỉnh Hà Tĩnh lần thứ XVI'))).toMatchObject({ phase: 'CONSOLIDATED', pendingResponses: 1 });
    const plan2026 = await reader.criticism.getDraft(all.items.find((d) => d.title.includes('năm 2026'))!.id, as('lanhdao'));
    expect(plan2026.comments.map((c) => c.response)).toEqual(['ACCEPTED', 'EXPLAINED', 'ACCEPTED']);
    expect(plan2026.comments.every((c) => c.respondedBy?.fullName === 'Võ Văn Chính')).toBe(true);
  });
});

describe('demo ward voter contact', () => {
  it('has meetings before and after the sessions and a thematic one, petitions answered, reported back and overdue', async () => {
    const meetings = await reader.voterContact.listMeetings({ limit: 25 }, as('xem'));
    expect(meetings.items.map((m) => m.kind).sort()).toEqual(['AFTER_SESSION', 'AFTER_SESSION', 'BEFORE_SESSION', 'BEFORE_SESSION', 'BEFORE_SESSION', 'THEMATIC']);
    expect(first).toMatchObject({ voterMeetings: 6, petitions: 16 });
    const summary = await reader.voterContact.summary({}, as('xem'));
    expect(summary).toMatchObject({ overdue: 2, awaiting: 3 });
    expect(summary.answered).toBeGreaterThanOrEqual(10);
    const overdue = await reader.voterContact.listPetitions({ limit: 25, overdue: true }, as('canbo-ubnd'));
    expect(overdue.items.every((p) => p.addressee?.organisation?.id === orgIdOf('ubnd'))).toBe(true);
    const reported = await reader.voterContact.listPetitions({ limit: 25, status: 'REPORTED_BACK' }, as('xem'));
    expect(reported.items.length).toBeGreaterThanOrEqual(9);
    expect(reported.items.every((p) => p.reportedBackAt !== null && p.reportedBackAt.heldOn > p.meeting.heldOn)).toBe(true);
    const mine = await reader.voterContact.summary({ mine: true }, as('lanhdao'));
    expect(mine.overdue).toBe(2);
  });
});

describe('demo ward suggestion boxes', () => {
  it('has two boxes opened each quarter, anonymous authors hidden, one filed and one turned into a case', async () => {
    expect(first).toMatchObject({ boxes: 2, suggestions: 9 });
    const boxes = await reader.suggestions.listBoxes({ limit: 25 }, as('xem'));
    expect(boxes.items.map((b) => b.lastOpenedOn)).toEqual(['2026-09-30', '2026-09-30']);
    const openings = await reader.suggestions.listOpenings({ limit: 25 }, as('xem'));
    expect(openings.items).toHaveLength(10);
    const list = await reader.suggestions.listSuggestions({ limit: 25 }, as('xem'));
    const statuses = list.items.map((s) => s.status);
    expect(statuses.filter((s) => s === 'FILED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'CASE_OPENED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'ANSWERED').length).toBeGreaterThanOrEqual(5);
    expect(list.items.filter((s) => s.anonymous).every((s) => s.author === null)).toBe(true);
    const asFront = await reader.suggestions.listSuggestions({ limit: 25 }, as('mttq'));
    expect(asFront.items.some((s) => s.anonymous && s.author?.phone === '0912000111')).toBe(true);
    const opened = list.items.find((s) => s.status === 'CASE_OPENED')!;
    const c = await db.case.findUniqueOrThrow({ where: { id: opened.case!.id } });
    expect(c).toMatchObject({ channel: 'SUGGESTION_BOX', kind: 'COMPLAINT', field: 'LAND' });
  });

  it('seeding again changes nothing', async () => {
    const audit = await db.auditLog.count();
    expect(await seedDemoCivic(servicesAt, db, now)).toEqual({ drafts: 0, voterMeetings: 0, petitions: 0, boxes: 0, suggestions: 0 });
    expect(await db.auditLog.count()).toBe(audit);
  });
});
