import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTimeDate, isInFuture } from './dates';

describe('date formatting', () => {
  it('shows dates as dd/MM/yyyy with leading zeros', () => {
    expect(formatDate(new Date(2025, 0, 5))).toBe('05/01/2025');
    expect(formatDate(new Date(2024, 11, 31, 23, 59))).toBe('31/12/2024');
  });

  it('reads an ISO timestamp from the API as a local date', () => {
    // Midday UTC stays on the same calendar day in every populated time zone.
    expect(formatDate('2025-09-02T12:00:00.000Z')).toBe('02/09/2025');
  });

  it('adds the time for log entries and lockouts', () => {
    const at = new Date(2025, 2, 7, 9, 5);
    expect(formatDateTime(at)).toBe('07/03/2025 09:05');
    expect(formatTimeDate(at)).toBe('09:05 07/03/2025');
  });

  it('tells whether a lockout is still running', () => {
    const now = new Date(2025, 2, 7, 9, 0);
    expect(isInFuture(new Date(2025, 2, 7, 9, 30), now)).toBe(true);
    expect(isInFuture(new Date(2025, 2, 7, 8, 30), now)).toBe(false);
    expect(isInFuture(null, now)).toBe(false);
  });
});
