import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

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
});
