import { describe, expect, it } from 'vitest';
import { addDays, addYears, endOfMonth, formatDateVi, todayInVietnam } from './dates.ts';

describe('dates', () => {
  it('takes today in Vietnam, not in UTC', () => {
    expect(todayInVietnam(new Date('2026-11-26T18:30:00Z'))).toBe('2026-11-27');
    expect(todayInVietnam(new Date('2026-11-26T16:59:00Z'))).toBe('2026-11-26');
  });

  it('adds days across months and years', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
  });

  it('moves a date a year on, keeping the end of February valid', () => {
    expect(addYears('2025-03-31', 1)).toBe('2026-03-31');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('finds month ends', () => {
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2026-11-10', 2)).toBe('2027-01-31');
  });

  it('writes dd/MM/yyyy', () => {
    expect(formatDateVi('2026-02-05')).toBe('05/02/2026');
    expect(formatDateVi(null)).toBe('');
  });
});
