// The legal time limits as a setting of the system admin, the clock settings the SPA computes
// with, and the stored deadlines of open cases recomputed when the limits or the calendar change.
import { defaultLegalSettings } from '@phoihop/shared/legal-rules';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { caseWard, register, send, step } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-05T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;

const longer = { ...defaultLegalSettings, letterProcessing: { ...defaultLegalSettings.letterProcessing, days: 15 } };
const put = (session: Session, body: object, version?: string) =>
  injectAs(t.app, session, { method: 'PUT', url: '/api/settings/legal', payload: body, headers: version ? { 'if-match': version } : {} });
const dueOf = async (id: string) => (await t.db.case.findUniqueOrThrow({ where: { id }, select: { dueOn: true } })).dueOn?.toISOString().slice(0, 10);

// An open letter received Mon 2/3 (due Thu 12/3) and one already handled.
const open = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02' });
const guided = await step(t.app, s.pcOfficer, await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02' }), {
  action: 'guide',
  on: '2026-03-04',
  note: 'Hướng dẫn',
});

describe('legal settings', () => {
  it('starts on the defaults, readable by everyone', async () => {
    const res = await injectAs(t.app, s.viewer, { method: 'GET', url: '/api/settings/legal' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"0"');
    expect(res.json()).toEqual({ settings: defaultLegalSettings, version: null });
  });

  it('lets only a system admin change them, with If-Match, and refuses bad limits', async () => {
    for (const session of [s.unitAdmin, s.pcHead]) expect((await put(session, longer, '"0"')).statusCode).toBe(403);
    expect((await put(s.systemAdmin, longer)).statusCode).toBe(428);
    const bad = await put(s.systemAdmin, { ...longer, letterProcessing: { ...longer.letterProcessing, days: 0 } }, '"0"');
    expect(bad.statusCode).toBe(400);
    expect(await t.db.appSetting.count()).toBe(0);
    expect(await dueOf(open.id)).toBe('2026-03-12');

    const saved = await put(s.systemAdmin, longer, '"0"');
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ settings: longer, version: 1 });
    expect((await put(s.systemAdmin, longer, '"0"')).statusCode).toBe(409);
    const audit = await t.db.auditLog.findFirst({ where: { action: 'settings.legal.update' } });
    expect(audit).toMatchObject({ actorId: w.users.systemAdmin.id, entityId: 'legal' });
  });

  it('recomputed the deadlines of open cases on the new limits, and left handled ones alone', async () => {
    await t.services.deadlinesRecounted();
    // 15 calendar days from Mon 2/3 → Tue 17/3.
    expect(await dueOf(open.id)).toBe('2026-03-17');
    expect((await send(t.app, s.pcOfficer, 'GET', `/api/cases/${open.id}`)).clocks[0]).toMatchObject({ days: 15, due: '2026-03-17' });
    const handled = await t.db.case.findUniqueOrThrow({ where: { id: guided.id } });
    expect(handled).toMatchObject({ dueOn: null, handledOnTime: true });
  });

  it('recomputes them when the calendar gets a new day off', async () => {
    const res = await injectAs(t.app, s.systemAdmin, {
      method: 'PUT',
      url: '/api/calendar/2026',
      headers: { 'if-match': '"0"' },
      payload: {
        tetDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
        nationalDayExtra: 'before',
        cultureDay: true,
        extraDaysOff: ['2026-03-17'],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    await t.services.deadlinesRecounted();
    // The 15th day, Tue 17/3, is now a day off: the period ends on Wed 18/3.
    expect(await dueOf(open.id)).toBe('2026-03-18');
  });

  it('gives the SPA what it needs to compute the same deadlines', async () => {
    const settings = await send<{ legal: typeof longer; holidays: { extraDaysOff: string[] }; today: string }>(
      t.app,
      s.frontOfficer,
      'GET',
      '/api/cases/clock-settings',
    );
    expect(settings.legal.letterProcessing.days).toBe(15);
    expect(settings.holidays.extraDaysOff).toEqual(['2026-03-17']);
    expect(settings.today).toBe('2026-03-05');
  });
});
