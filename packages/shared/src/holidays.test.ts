import { describe, expect, it } from 'vitest';
import { daysOff, defaultTet, fromLunar, publicHolidays } from './holidays.ts';

describe('lunar dates in the Vietnamese calendar', () => {
  it('puts Tết where Vietnam has it, not where the Chinese calendar does', () => {
    expect(fromLunar(1, 1, 2007)).toBe('2007-02-17'); // China: 18 February
    expect(fromLunar(1, 1, 1985)).toBe('1985-01-21'); // China: 20 February
    expect(fromLunar(1, 1, 2026)).toBe('2026-02-17');
  });

  it('finds the Hùng Kings’ day', () => {
    expect(fromLunar(10, 3, 2026)).toBe('2026-04-26');
  });
});

describe('publicHolidays', () => {
  it('lists the eleven statutory days, plus 24/11 from 2026', () => {
    expect(publicHolidays(2025).map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(publicHolidays(2026).map((h) => h.date)).toContain('2026-11-24');
    expect(publicHolidays(2026, { cultureDayFrom: null }).map((h) => h.date)).not.toContain(
      '2026-11-24',
    );
  });

  it('takes the announced Tết days and the day after 2/9 when an admin sets them', () => {
    const tet = ['2026-02-14', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'];
    const dates = publicHolidays(2026, {
      tet: { 2026: tet },
      nationalDayExtra: { 2026: 'after' },
    }).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining([...tet, '2026-09-03']));
    expect(dates).not.toContain(defaultTet(2026)[4]);
    expect(dates).not.toContain('2026-09-01');
  });
});

describe('daysOff', () => {
  it('gives the next working day for a holiday on a weekend', () => {
    // 30/4/2028 is a Sunday and 1/5 a Monday holiday: the day in lieu is Tuesday 2/5.
    const off = daysOff(2028, { cultureDayFrom: null });
    expect(off.has('2028-05-02')).toBe(true);
  });
});
