// The duty check on known weeks, with the ISO week edges of 2025 and 2026 worked out by hand.
import { describe, expect, it } from 'vitest';
import { complianceRange, firstIsoMonday, receptionDuties } from './reception-compliance.ts';

const weekdays = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('reception duty check', () => {
  it('counts ISO weeks in the year of their Thursday', () => {
    // 4 January 2025 is a Saturday, 4 January 2026 a Sunday.
    expect(firstIsoMonday(2025)).toBe('2024-12-30');
    expect(firstIsoMonday(2026)).toBe('2025-12-29');
    expect(complianceRange(2025)).toEqual({ from: '2024-12-30', to: '2025-12-31' });
    expect(complianceRange(2026)).toEqual({ from: '2025-12-29', to: '2027-01-03' });
  });

  it('flags the weeks without the Chairman and the months short of Party-secretary days', () => {
    const result = receptionDuties({
      year: 2025,
      today: '2025-03-03',
      isWorkingDay: weekdays,
      sessions: [
        { heldOn: '2024-12-31', hosts: ['PC_CHAIRMAN'] }, // week 1 of 2025, held in 2024
        { heldOn: '2025-01-08', hosts: ['PC_CHAIRMAN', 'PARTY_SECRETARY'] },
        { heldOn: '2025-01-15', hosts: ['PARTY_SECRETARY'] },
        { heldOn: '2025-01-22', hosts: ['PC_CHAIRMAN'] },
        { heldOn: '2025-02-05', hosts: ['OFFICER'] },
        { heldOn: '2025-02-12', hosts: ['PC_CHAIRMAN', 'PARTY_SECRETARY'] },
        { heldOn: '2025-02-12', hosts: ['PARTY_SECRETARY'] }, // the same day twice is one day
        { heldOn: '2025-02-19', hosts: ['PC_CHAIRMAN'] },
        { heldOn: '2025-02-26', hosts: ['PC_CHAIRMAN'] },
        { heldOn: '2025-03-03', hosts: ['PC_CHAIRMAN'] }, // this week is not over yet
      ],
    });
    // Weeks over by Monday 3 March: 30/12 … 24/02, nine of them.
    expect(result.weeksChecked).toBe(9);
    expect(result.chairmanWeeksMissed).toEqual([{ weekStart: '2025-01-13' }, { weekStart: '2025-01-27' }, { weekStart: '2025-02-03' }]);
    expect(result.monthsChecked).toBe(2);
    expect(result.secretaryMonthsShort).toEqual([{ month: 2, days: 1 }]);
  });

  it('asks nothing of a week without a working day, nor of the weeks and month still running', () => {
    const tet = new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    const result = receptionDuties({
      year: 2026,
      today: '2026-02-25',
      isWorkingDay: (d) => weekdays(d) && !tet.has(d),
      sessions: [],
    });
    const weeks = result.chairmanWeeksMissed.map((w) => w.weekStart);
    expect(weeks).not.toContain('2026-02-16');
    expect(weeks).not.toContain('2026-02-23');
    expect(weeks[0]).toBe('2025-12-29');
    expect(result.weeksChecked).toBe(7);
    expect(result.secretaryMonthsShort).toEqual([{ month: 1, days: 0 }]);
  });
});
