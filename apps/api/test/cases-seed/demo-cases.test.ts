// The demo ward's letters reproduce the Hoành Sơn report (I.6: 48 received in 2025, 43 handled,
// 5 in progress), went through the steps of the law on working days, and seeding twice changes
// nothing.
import { listCasesQuerySchema, type ListCasesQuery } from '@phoihop/shared/cases';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/prisma.ts';
import type { RequestContext } from '../../src/lib/context.ts';
import { demoContexts } from '../../src/seed/demo-actors.ts';
import { seedDemoCases } from '../../src/seed/seed-demo-cases.ts';
import type { ServicesAt } from '../../src/seed/seed-demo-plans.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
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
const first = await seedDemoCases(servicesAt, db, now);
const ward = await db.adminUnit.findUniqueOrThrow({ where: { code: 'HOANH-SON' } });
const { as, orgIdOf } = await demoContexts(db, ward.id);
const year2025 = { from: '2025-01-01', to: '2025-12-31' };

const list = (query: Partial<ListCasesQuery>, ctx: RequestContext = as('lanhdao')) =>
  reader.cases.list(listCasesQuerySchema.parse({ limit: 100, ...query }), ctx);

const counts = async () => ({
  cases: await db.case.count(),
  petitioners: await db.casePetitioner.count(),
  events: await db.caseEvent.count(),
  audit: await db.auditLog.count(),
});

describe('demo ward letters', () => {
  it('counts 48 letters received in 2025, 43 handled and 5 in progress, the duplicate apart', async () => {
    const stats = await reader.cases.statistics(year2025, as('lanhdao'));
    expect(stats.totals).toMatchObject({ received: 48, handled: 43, inProgress: 5, duplicates: 1 });
    // Two petitions forwarded by the Front were answered late (report, section II).
    expect(stats.totals.handledOnTime).toBe(41);
    const late = await db.case.findMany({
      where: { unitId: ward.id, year: 2025, handledOnTime: false },
      select: { channel: true },
    });
    expect(late.map((c) => c.channel)).toEqual(['FRONT_FORWARDED', 'FRONT_FORWARDED']);
    // Land first, about half; then environment, social policy, administration, other.
    expect(stats.byField.map((f) => f.key)).toEqual([
      'LAND',
      'ENVIRONMENT',
      'SOCIAL_POLICY',
      'ADMINISTRATION',
      'OTHER',
    ]);
    expect(stats.byField[0]!.received).toBeGreaterThanOrEqual(22);
    const byChannel = Object.fromEntries(stats.byChannel.map((c) => [c.key, c.received]));
    expect(byChannel).toMatchObject({
      FRONT_FORWARDED: 8,
      ORGANISATION_FORWARDED: 2,
      HIGHER_AUTHORITY: 1,
    });
    expect(byChannel.RECEPTION).toBeGreaterThanOrEqual(10);
    expect(Object.fromEntries(stats.byKind.map((k) => [k.key, k.received]))).toMatchObject({
      DENUNCIATION: 5,
    });
  });

  it('numbers the 2025 letters 2025/0001 to 2025/0049 in the order received, the duplicate last', async () => {
    const rows = await db.case.findMany({
      where: { unitId: ward.id, year: 2025 },
      orderBy: { seq: 'asc' },
      select: { number: true, receivedOn: true, status: true },
    });
    expect(rows.map((r) => r.number)).toEqual(
      Array.from({ length: 49 }, (_, i) => `2025/${String(i + 1).padStart(4, '0')}`),
    );
    const days = rows.map((r) => r.receivedOn.toISOString());
    expect(days).toEqual([...days].sort());
    expect(rows.at(-1)!.status).toBe('DUPLICATE');
    // The report was written on 15/12/2025: the 48 letters it counts had arrived by then.
    expect(rows.slice(0, 48).every((r) => r.receivedOn <= new Date('2025-12-15'))).toBe(true);
  });

  it('records every step on a working day, with decision numbers, and the five open letters from November–December', async () => {
    const calendar = await reader.calendar.workCalendar();
    const events = await db.caseEvent.findMany({
      where: { unitId: ward.id },
      select: { on: true, action: true, documentNumber: true },
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect(
      events
        .filter((e) => !calendar.isWorkingDay(day(e.on)))
        .map((e) => `${e.action} ${day(e.on)}`),
    ).toEqual([]);
    expect(
      events
        .filter((e) => e.action === 'decide')
        .every((e) => /^\d+\/(QĐ|KL|UBND)-?/.test(e.documentNumber ?? '')),
    ).toBe(true);

    const open = await list({ state: 'open', from: year2025.from, to: year2025.to });
    expect(open.items).toHaveLength(5);
    expect(open.items.every((c) => c.receivedOn >= '2025-11-01')).toBe(true);
    expect(open.items.map((c) => c.status).sort()).toEqual([
      'ACCEPTED',
      'DIALOGUE',
      'VERIFYING',
      'VERIFYING',
      'VERIFYING',
    ]);
    expect(open.items.some((c) => c.timeliness === 'overdue')).toBe(true);

    // Citizens were received on Thursdays, the Chairman's reception day: the reception seed
    // holds its sessions on those days and links the visits to these letters.
    const received = await db.case.findMany({
      where: { unitId: ward.id, channel: 'RECEPTION' },
      select: { receivedOn: true },
    });
    expect(received.length).toBeGreaterThanOrEqual(12);
    expect(received.every((c) => c.receivedOn.getUTCDay() === 4)).toBe(true);
  });

  it('protects the denouncers: the Front follows what it forwarded and sees no denouncer', async () => {
    const front = as('canbo-mttq');
    const forwarded = await list(
      { scope: 'forwarded', from: year2025.from, to: year2025.to },
      front,
    );
    expect(forwarded.items).toHaveLength(8);
    expect(forwarded.items.every((c) => c.sourceOrganisation?.id === orgIdOf('mttq'))).toBe(true);

    const denunciations = await list(
      { kind: 'DENUNCIATION', from: year2025.from, to: year2025.to },
      front,
    );
    expect(denunciations.items).toHaveLength(5);
    expect(denunciations.items.every((c) => c.identityProtected)).toBe(true);
    const names = await db.casePetitioner.findMany({
      where: { caseId: { in: denunciations.items.map((c) => c.id) } },
      select: { fullName: true },
    });
    expect(names.length).toBeGreaterThanOrEqual(3);
    const labels = denunciations.items.map((c) => c.petitionerLabel);
    for (const { fullName } of names) expect(labels).not.toContain(fullName);
    // …nor through search: the handler's office finds them by name, the Front does not.
    const denouncer = names[0]!.fullName;
    expect((await list({ q: denouncer }, as('lanhdao'))).items.length).toBeGreaterThan(0);
    expect(
      (await list({ q: denouncer }, front)).items.filter((c) => c.kind === 'DENUNCIATION'),
    ).toEqual([]);
  });

  it('adds recent letters dated from the seed day: one overdue, one due soon, none in 2025', async () => {
    const recent = await list({ from: '2026-01-01' });
    expect(recent.items.length).toBeGreaterThanOrEqual(8);
    expect(recent.items.every((c) => c.receivedOn <= '2026-11-26')).toBe(true);
    expect(
      (await list({ state: 'overdue', from: '2026-01-01' })).items.length,
    ).toBeGreaterThanOrEqual(1);
    const dueSoon = await list({ state: 'due-soon', from: '2026-01-01' });
    expect(dueSoon.items).toHaveLength(1);
    expect(dueSoon.items[0]!.timeliness).toBe('due-soon');
    expect(new Set(recent.items.map((c) => c.status)).size).toBeGreaterThanOrEqual(4);
  });

  it('changes nothing when run again', async () => {
    expect(first.cases).toBe(49 + 9);
    const before = await counts();
    await seedDemo(db);
    expect(await seedDemoCases(servicesAt, db, now)).toEqual({ cases: 0 });
    expect(await counts()).toEqual(before);
  });
});
