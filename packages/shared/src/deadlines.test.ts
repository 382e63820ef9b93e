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

// Each date below was worked out by hand on a calendar; the comment shows the count.
describe('legalDeadline on real calendars', () => {
  it('across Tết 2026 in working days', () => {
    // From Thu 12/2/2026: Fri 13 (1); Tết off Mon 16–Fri 20; Mon 23 (2) … Fri 27 (6); Mon 2/3 (7).
    expect(calendar.legalDeadline({ start: '2026-02-12', days: 7, kind: 'working' })).toBe(
      '2026-03-02',
    );
  });

  it('across Tết 2027, whose weekend days are made up on the following working days', () => {
    // Tết 2027: Fri 5, Sat 6, Sun 7, Mon 8, Tue 9/2; Sat 6 and Sun 7 give Wed 10 and Thu 11 off.
    // From Thu 4/2/2027: Fri 12 (1), Mon 15 (2), Tue 16 (3), Wed 17 (4), Thu 18 (5).
    expect(calendar.legalDeadline({ start: '2027-02-04', days: 5, kind: 'working' })).toBe(
      '2027-02-18',
    );
  });

  it('across 30 April – 1 May 2026', () => {
    // 30 calendar days after 1/4/2026 is Fri 1/5, a holiday; Sat 2, Sun 3 → Mon 4/5.
    expect(calendar.legalDeadline({ start: '2026-04-01', days: 30, kind: 'calendar' })).toBe(
      '2026-05-04',
    );
  });

  it('across 2 September 2026', () => {
    // Off: Tue 1/9 (the day next to it) and Wed 2/9. From Fri 28/8: Mon 31 (1), Thu 3 (2), Fri 4/9 (3).
    expect(calendar.legalDeadline({ start: '2026-08-28', days: 3, kind: 'working' })).toBe(
      '2026-09-04',
    );
    // 30 calendar days after 3/8 is Wed 2/9, a holiday → Thu 3/9.
    expect(calendar.legalDeadline({ start: '2026-08-03', days: 30, kind: 'calendar' })).toBe(
      '2026-09-03',
    );
  });

  it('with a swapped day off: a bridging Friday off, a Saturday worked instead', () => {
    const swapped = createWorkCalendar({
      extraDaysOff: ['2026-01-02'],
      workingWeekends: ['2026-01-10'],
    });
    // From Wed 31/12/2025: 1/1 and Fri 2/1 off; Mon 5 (1) … Fri 9 (5); Sat 10 worked (6).
    expect(swapped.legalDeadline({ start: '2025-12-31', days: 6, kind: 'working' })).toBe(
      '2026-01-10',
    );
    // Without the swap Fri 2/1 is a working day: Fri 2 (1), Mon 5 (2) … Fri 9 (6).
    expect(calendar.legalDeadline({ start: '2025-12-31', days: 6, kind: 'working' })).toBe(
      '2026-01-09',
    );
  });

  it('with a pause while the citizen supplements documents', () => {
    // 30 days from Mon 2/3/2026, paused 10–19/3: 3–9/3 count 7; from 20/3 another 23 → Sat 11/4 → Mon 13/4.
    const pauses = [{ from: '2026-03-10', until: '2026-03-20' }];
    expect(
      calendar.legalDeadline({ start: '2026-03-02', days: 30, kind: 'calendar', pauses }),
    ).toBe('2026-04-13');
    expect(
      calendar.legalDeadline({
        start: '2026-03-02',
        days: 30,
        kind: 'calendar',
        pauses: [{ from: '2026-03-10', until: null }],
      }),
    ).toBeNull();
  });

  it('with an extension decision', () => {
    // A denunciation: 30 days from acceptance on 1/6/2026 plus one 30-day extension → Fri 31/7.
    expect(
      calendar.legalDeadline({ start: '2026-06-01', days: 30, kind: 'calendar', extensions: [30] }),
    ).toBe('2026-07-31');
  });
});
