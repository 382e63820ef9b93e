import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseTypedDate } from './dates';

describe('date formatting', () => {
  it('shows dates as dd/MM/yyyy with leading zeros', () => {
    expect(formatDate(new Date(2025, 0, 5))).toBe('05/01/2025');
    expect(formatDate(new Date(2024, 11, 31, 23, 59))).toBe('31/12/2024');
  });

  it('reads an ISO timestamp from the API as a local date', () => {
    // Midday UTC stays on the same calendar day in every populated time zone.
    expect(formatDate('2025-09-02T12:00:00.000Z')).toBe('02/09/2025');
  });

  it('adds the time for log entries', () => {
    const at = new Date(2025, 2, 7, 9, 5);
    expect(formatDateTime(at)).toBe('07/03/2025 09:05');
  });

  it('reads a typed dd/MM/yyyy date, with or without leading zeros, and nothing that is not a day', () => {
    expect(parseTypedDate('05/03/2026')).toBe('2026-03-05');
    expect(parseTypedDate(' 5/3/2026 ')).toBe('2026-03-05');
    expect(parseTypedDate('05.03.2026')).toBe('2026-03-05');
    expect(parseTypedDate('05-03-2026')).toBe('2026-03-05');
    expect(parseTypedDate('05032026')).toBe('2026-03-05');
    expect(parseTypedDate('2026-03-05')).toBe('2026-03-05');
    expect(parseTypedDate('29/02/2028')).toBe('2028-02-29');
    for (const text of [
      '31/02/2026',
      '29/02/2026',
      '13/13/2026',
      '05/03',
      '05/03/26',
      '',
      'hôm nay',
    ]) {
      expect(parseTypedDate(text), text).toBeNull();
    }
  });
});
