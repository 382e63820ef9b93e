// The demo ward's reception and mediation: the source document's 15 teams and 132 mediators, a
// 100% success rate in 2025, the leaders' monthly and the Chairman's weekly sessions, and the
// letters received at a reception joined to their visits. Seeding twice changes nothing.
import { searchTextOf } from '@phoihop/shared/text';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/prisma.ts';
import type { RequestContext } from '../../src/lib/context.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import type { ServicesAt } from '../../src/seed/seed-demo-plans.ts';
import { seedDemoReception } from '../../src/seed/seed-demo-reception.ts';
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
const { as } = await demoContexts(db, ward.id);
const officer = await db.user.findUniqueOrThrow({ where: { username: 'canbo-ubnd' } });

/** Letters the cases seed would have registered at a reception (channel RECEPTION). */
async function letter(seq: number, receivedOn: string, kind: 'PETITION' | 'DENUNCIATION', fullName: string) {
  const number = `2025/${String(seq).padStart(4, '0')}`;
  return db.case.create({
    data: {
      unitId: ward.id,
      year: 2025,
      seq,
      number,
      receivedOn: new Date(`${receivedOn}T00:00:00Z`),
      channel: 'RECEPTION',
      kind,
      field: 'LAND',
      summary: `Đơn ${kind === 'DENUNCIATION' ? 'tố cáo' : 'kiến nghị'} về đất đai`,
      searchText: searchTextOf(number),
      createdById: officer.id,
      petitioners: { create: [{ unitId: ward.id, position: 1, fullName, address: 'TDP Trung Hòa', idNumber: '042080001111' }] },
    },
  });
}
const atWeekly = await letter(901, '2025-03-13', 'PETITION', 'Nguyễn Văn Đơn');
const onTuesday = await letter(902, '2025-06-03', 'PETITION', 'Trần Thị Thư');
const denunciation = await letter(903, '2025-07-15', 'DENUNCIATION', 'Lê Văn Kín');

const first = await seedDemoReception(servicesAt, db, now);

const counts = async () => ({
  sessions: await db.receptionSession.count(),
  visits: await db.receptionVisit.count(),
  teams: await db.mediationTeam.count(),
  mediators: await db.mediator.count(),
  mediationCases: await db.mediationCase.count(),
  audit: await db.auditLog.count(),
});

const viewerCtx: RequestContext = as('xem');

describe('demo ward reception and mediation', () => {
  it('has 15 mediation teams with 132 mediators, each team complete under Art 12', async () => {
    expect(first).toMatchObject({ teams: 15, mediators: 132 });
    const page = await reader.mediation.listTeams({ limit: 100 }, viewerCtx);
    expect(page.items).toHaveLength(15);
    expect(page.items.reduce((sum, t) => sum + t.mediatorCount, 0)).toBe(132);
    for (const team of page.items) {
      expect(team.warnings, team.name).toEqual([]);
      expect(team.mediatorCount).toBeGreaterThanOrEqual(8);
      expect(team.mediatorCount).toBeLessThanOrEqual(10);
      expect(team.womenCount).toBeGreaterThanOrEqual(2);
      expect(team.name).toMatch(/^Tổ hòa giải TDP /);
    }
    const organisations = await db.mediator.groupBy({ by: ['organisationId'], where: { unitId: ward.id }, _count: { _all: true } });
    expect(organisations.length).toBeGreaterThanOrEqual(6);
  });

  it('mediated every 2025 case successfully, and has 2026 cases in progress', async () => {
    const year2025 = await reader.mediation.statistics({ from: '2025-01-01', to: '2025-12-31' }, viewerCtx);
    expect(year2025).toMatchObject({ teams: 15, mediators: 132, successRate: 100, unsuccessful: 0, inProgress: 0 });
    expect(year2025.cases).toBe(year2025.successful);
    expect(year2025.cases).toBeGreaterThanOrEqual(20);
    expect(year2025.byField[0]).toMatchObject({ key: 'LAND' });
    expect(year2025.byField[0]!.cases).toBe(Math.max(...year2025.byField.map((f) => f.cases)));
    const year2026 = await reader.mediation.statistics({ from: '2026-01-01', to: '2026-12-31' }, viewerCtx);
    expect(year2026.inProgress).toBe(2);
    expect(first.mediationCases).toBe(year2025.cases + year2026.cases);
  });

  it('holds the leaders’ monthly and the Chairman’s weekly sessions, with the planned gaps only', async () => {
    const monthly = await db.receptionSession.findMany({ where: { unitId: ward.id, kind: 'LEADERS_MONTHLY', heldOn: { lt: new Date('2026-01-01') } } });
    expect(monthly).toHaveLength(12);
    expect(monthly.every((s) => ['PARTY_SECRETARY', 'COUNCIL_CHAIRMAN', 'PC_CHAIRMAN', 'FRONT_CHAIR'].every((h) => s.hosts.includes(h as never)))).toBe(true);
    const ctx = as('canbo-ubnd');
    const duties2025 = await reader.reception.compliance(2025, ctx);
    expect(duties2025).toMatchObject({
      weeksChecked: 52,
      chairmanWeeksMissed: [{ weekStart: '2025-01-27' }, { weekStart: '2025-09-29' }],
      secretaryMonthsShort: [{ month: 2, days: 1 }],
    });
    expect(duties2025.visits).toBeGreaterThanOrEqual(25);
    const duties2026 = await reader.reception.compliance(2026, ctx);
    expect(duties2026).toMatchObject({ monthsChecked: 10, chairmanWeeksMissed: [], secretaryMonthsShort: [] });
    // The next leaders' session is on the calendar, with nobody received yet.
    const upcoming = await db.receptionSession.findFirstOrThrow({ where: { unitId: ward.id, heldOn: { gt: new Date('2026-11-26') } } });
    expect(upcoming).toMatchObject({ kind: 'LEADERS_MONTHLY', heldOn: new Date('2026-12-15T00:00:00Z') });
    expect(await db.receptionVisit.count({ where: { sessionId: upcoming.id } })).toBe(0);
  });

  it('joins each letter received at a reception to its visit, the denouncer masked', async () => {
    const ctx = as('canbo-ubnd');
    const visitOf = async (caseId: string) => {
      const row = await db.receptionVisit.findFirstOrThrow({ where: { caseId }, include: { session: true } });
      return { row, view: await reader.reception.getVisit(row.id, ctx) };
    };
    const weekly = await visitOf(atWeekly.id);
    expect(weekly.row.session.kind).toBe('REGULAR');
    expect(weekly.view).toMatchObject({ citizenName: 'Nguyễn Văn Đơn', handling: 'CASE_OPENED', case: { number: '2025/0901' }, heldOn: '2025-03-13' });
    const adHoc = await visitOf(onTuesday.id);
    expect(adHoc.row.session.kind).toBe('AD_HOC');
    expect(adHoc.view).toMatchObject({ citizenName: 'Trần Thị Thư', heldOn: '2025-06-03' });
    const masked = await visitOf(denunciation.id);
    expect(masked.row.session.kind).toBe('LEADERS_MONTHLY');
    expect(masked.view).toMatchObject({ citizenName: null, idNumber: null, masked: true, kind: 'DENUNCIATION' });
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    expect(before).toMatchObject({ teams: 15, mediators: 132, sessions: first.sessions, visits: first.visits });
    expect(await seedDemoReception(servicesAt, db, now)).toEqual({ sessions: 0, visits: 0, teams: 0, mediators: 0, mediationCases: 0 });
    expect(await counts()).toEqual(before);
  });
});
