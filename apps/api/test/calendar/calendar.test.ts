import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const sysadmin = await login(t.app, ward.users.systemAdmin.username, PASSWORD);
const unitAdmin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);

// The days off announced for Tết 2026 (Sat 14/2 – Sun 22/2 with Mon 16 – Fri 20 as the five days).
const announced = {
  tetDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
  nationalDayExtra: 'after',
  cultureDay: false,
  extraDaysOff: ['2026-01-02'],
  workingWeekends: ['2026-01-10'],
  note: 'Theo thông báo của Bộ Nội vụ',
};

describe('work calendar', () => {
  it('shows a year’s defaults before anyone sets it', async () => {
    const year = await call<{ version: number | null; tetDays: string[]; daysOff: string[] }>(t.app, unitAdmin, 'GET', '/api/calendar/2027');
    expect(year.version).toBeNull();
    expect(year.tetDays).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    // Tết's Saturday and Sunday are made up on Wed 10 and Thu 11/2.
    expect(year.daysOff).toEqual(expect.arrayContaining(['2027-02-10', '2027-02-11']));
  });

  it('lets only a system admin set the announced days, and deadlines follow them', async () => {
    const refused = await injectAs(t.app, unitAdmin, { method: 'PUT', url: '/api/calendar/2026', payload: announced, headers: { 'if-match': '"0"' } });
    expect(refused.statusCode).toBe(403);

    const before = await t.services.calendar.workCalendar();
    expect(before.legalDeadline({ start: '2025-12-31', days: 6, kind: 'working' })).toBe('2026-01-09');

    const saved = await call<{ version: number; daysOff: string[]; holidays: { date: string }[] }>(
      t.app, sysadmin, 'PUT', '/api/calendar/2026', announced, { 'if-match': '"0"' },
    );
    expect(saved.version).toBe(1);
    expect(saved.daysOff).toEqual(expect.arrayContaining(['2026-01-02', '2026-09-03']));
    expect(saved.holidays.map((h) => h.date)).not.toContain('2026-11-24');

    const after = await t.services.calendar.workCalendar();
    // Fri 2/1 is now off and Sat 10/1 worked: Mon 5 (1) … Fri 9 (5), Sat 10 (6).
    expect(after.legalDeadline({ start: '2025-12-31', days: 6, kind: 'working' })).toBe('2026-01-10');

    const audit = await t.db.auditLog.findFirst({ where: { action: 'calendar.update', entityId: '2026' } });
    expect(audit?.actorId).toBe(sysadmin.userId);
  });

  it('refuses a stale version and dates outside the year or not on a weekend', async () => {
    const stale = await injectAs(t.app, sysadmin, { method: 'PUT', url: '/api/calendar/2026', payload: announced, headers: { 'if-match': '"0"' } });
    expect(stale.statusCode).toBe(409);
    const bad = await injectAs(t.app, sysadmin, {
      method: 'PUT',
      url: '/api/calendar/2028',
      payload: { ...announced, tetDays: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2027-01-29'], workingWeekends: ['2028-01-12'] },
      headers: { 'if-match': '"0"' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('tetDays.4');
  });
});
