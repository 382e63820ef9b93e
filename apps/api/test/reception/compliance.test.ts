// The duty check of a year through the API, on the national calendar: the Chairman's weeks
// (Tết 2026, 16–22 February, asks nothing) and the Party secretary's two days a month.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';
import { receptionWard } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-02T03:00:00Z'); // Monday 2 March 2026
const ward = await receptionWard(t);
const officer = await ward.as(ward.users.ubndOfficer);

const sessions: [string, string[]][] = [
  ['2025-12-30', ['PC_CHAIRMAN']], // ISO week 1 of 2026 starts on Monday 29 December 2025
  ['2026-01-07', ['PC_CHAIRMAN', 'PARTY_SECRETARY']],
  ['2026-01-21', ['PARTY_SECRETARY']],
  ['2026-01-28', ['PC_CHAIRMAN']],
  ['2026-02-04', ['PC_CHAIRMAN', 'PARTY_SECRETARY']],
  ['2026-02-11', ['PC_CHAIRMAN', 'PARTY_SECRETARY', 'COUNCIL_CHAIRMAN', 'FRONT_CHAIR']],
  ['2026-02-25', ['OFFICER']],
];
for (const [heldOn, hosts] of sessions) {
  const { id } = await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', {
    heldOn,
    kind: hosts.length > 2 ? 'LEADERS_MONTHLY' : 'REGULAR',
    hosts,
    hostNames: 'Lãnh đạo phường',
  });
  await call(t.app, officer, 'POST', `/api/reception/sessions/${id}/visits`, { citizenName: 'Nguyễn Văn An', content: 'Hỏi về thủ tục đất đai' });
}

describe('reception duty check', () => {
  it('lists the weeks without the Chairman and the months short of Party-secretary days', async () => {
    const result = await call(t.app, officer, 'GET', '/api/reception/compliance?year=2026');
    expect(result).toEqual({
      year: 2026,
      // Weeks over by Monday 2 March: 29/12 … 23/02 less Tết (16–22/02, no working day): eight.
      weeksChecked: 8,
      chairmanWeeksMissed: [{ weekStart: '2026-01-12' }, { weekStart: '2026-01-19' }, { weekStart: '2026-02-23' }],
      monthsChecked: 2,
      secretaryMonthsShort: [],
      sessions: 6,
      visits: 6,
    });
  });

  it('judges a whole past year, month by month', async () => {
    const result = await call<{ weeksChecked: number; chairmanWeeksMissed: unknown[]; secretaryMonthsShort: unknown[]; sessions: number }>(
      t.app, officer, 'GET', '/api/reception/compliance?year=2025',
    );
    // 2025 has 52 ISO weeks (30/12/2024 … 22/12/2025), each with a working day.
    expect(result.weeksChecked).toBe(52);
    // Its only session, 30 December, belongs to 2026's first week.
    expect(result.sessions).toBe(1);
    expect(result.chairmanWeeksMissed).toHaveLength(52);
    expect(result.secretaryMonthsShort).toEqual(Array.from({ length: 12 }, (_, i) => ({ month: i + 1, days: 0 })));
  });

  it('refuses a year that is not one, and a viewer', async () => {
    expect((await injectAs(t.app, officer, { method: 'GET', url: '/api/reception/compliance?year=abc' })).statusCode).toBe(400);
    const viewer = await ward.as(ward.users.viewer);
    expect((await injectAs(t.app, viewer, { method: 'GET', url: '/api/reception/compliance?year=2026' })).statusCode).toBe(403);
  });
});
