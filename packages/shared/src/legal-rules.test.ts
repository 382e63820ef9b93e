import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './deadlines.ts';
import {
  allowedExtensions,
  complaintResolution,
  defaultLegalSettings as law,
} from './legal-rules.ts';

describe('legal rules', () => {
  it('picks the complaint resolution limit from the recorded variant and instance', () => {
    expect(complaintResolution(law, 1, { complex: false, remote: false }).days).toBe(30);
    expect(complaintResolution(law, 1, { complex: true, remote: true }).days).toBe(60);
    expect(complaintResolution(law, 2, { complex: false, remote: true }).days).toBe(60);
    expect(complaintResolution(law, 2, { complex: true, remote: true }).days).toBe(70);
  });

  it('allows one extension for a complex denunciation and two for an especially complex one', () => {
    expect(allowedExtensions(law, 'normal')).toBe(0);
    expect(allowedExtensions(law, 'complex')).toBe(1);
    expect(allowedExtensions(law, 'especiallyComplex')).toBe(2);
  });

  it('counts a denunciation’s initial handling in working days', () => {
    const calendar = createWorkCalendar();
    const limit = law.denunciation.initialHandling;
    expect(limit).toMatchObject({ days: 7, kind: 'working', unconfirmed: true });
    // Received Fri 24/4/2026: Tue 28, Wed 29, Mon 4/5 … Thu 7/5 is the sixth, Fri 8/5 the seventh.
    expect(calendar.legalDeadline({ start: '2026-04-24', ...limit })).toBe('2026-05-08');
  });
});
