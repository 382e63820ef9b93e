import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './deadlines.ts';

const calendar = createWorkCalendar();

describe('deadline', () => {
  it('does not count the day of the event', () => {
    // Received Monday 2/3/2026; 10 calendar days end Thursday 12/3.
    expect(calendar.deadline('2026-03-02', 10, 'calendar')).toBe('2026-03-12');
  });

  it('moves a calendar-day deadline that ends on a weekend to the next working day', () => {
    // Received Wednesday 4/3/2026 + 10 = Saturday 14/3 → Monday 16/3.
    expect(calendar.deadline('2026-03-04', 10, 'calendar')).toBe('2026-03-16');
  });

  it('moves it past Tết and the holidays around it', () => {
    // 10 days after 7/2/2026 is 17/2, in Tết (16–20/2 by default); then a weekend: Monday 23/2.
    expect(calendar.deadline('2026-02-07', 10, 'calendar')).toBe('2026-02-23');
  });

  it('skips weekends, holidays and days in lieu all along a working-day period', () => {
    // From Friday 24/4/2026: the Hùng Kings' day is Sunday 26/4, so Monday 27/4 is off in lieu;
    // Tue 28, Wed 29 count; 30/4 and 1/5 are holidays; Mon 4 … Fri 8/5 make seven.
    expect(calendar.deadline('2026-04-24', 7, 'working')).toBe('2026-05-08');
  });

  it('counts working days between two dates', () => {
    expect(calendar.workingDaysBetween('2026-04-24', '2026-05-08')).toBe(7);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
  });
});
