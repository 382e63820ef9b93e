import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  caseClocks,
  caseNumber,
  metOnTime,
  runningClock,
  type CaseClockFacts,
  type CaseStepFacts,
} from './case-clocks.ts';
import { createWorkCalendar } from './deadlines.ts';
import { defaultLegalSettings as law } from './legal-rules.ts';

// Expected dates are worked out by hand on the default 2026 calendar: Tết 16–20/2 (Mon–Fri),
// 30/4 (Thu) and 1/5 (Fri), weekends off.
const calendar = createWorkCalendar();

const facts = (over: Partial<CaseClockFacts>): CaseClockFacts => ({
  kind: 'COMPLAINT',
  instance: 1,
  receivedOn: '2026-03-02',
  classifiedOn: null,
  acceptedOn: null,
  decidedOn: null,
  stoppedOn: null,
  complexity: 'NORMAL',
  remote: false,
  severalLocations: false,
  extensionDays: [],
  pauses: [],
  ...over,
});

const clocksOf = (over: Partial<CaseClockFacts>, today = '2026-01-01') =>
  caseClocks(facts(over), law, calendar, today);

describe('the clocks of a case', () => {
  it('gives a complaint 10 calendar days to be accepted, ending after Tết on the next working day', () => {
    // Received Tue 10/2: day 10 is Fri 20/2, a Tết day; Sat 21 and Sun 22 follow, so Mon 23/2.
    const [acceptance] = clocksOf({ receivedOn: '2026-02-10' });
    expect(acceptance).toMatchObject({ key: 'acceptance', due: '2026-02-23', state: 'on-track' });
  });

  it('counts a denunciation’s initial handling in working days, skipping Tết', () => {
    // Received Fri 13/2: 16–20/2 Tết, 21–22 weekend; 23, 24, 25, 26, 27/2, 2/3, 3/3.
    const [processing] = clocksOf({ kind: 'DENUNCIATION', receivedOn: '2026-02-13' });
    expect(processing).toMatchObject({ key: 'processing', due: '2026-03-03' });
    // Several locations: 10 working days — 4, 5 and 6/3 follow.
    const [several] = clocksOf({
      kind: 'DENUNCIATION',
      receivedOn: '2026-02-13',
      severalLocations: true,
    });
    expect(several!.due).toBe('2026-03-06');
  });

  it('gives any other letter the processing time, unclassified letters included', () => {
    // 10 calendar days from Mon 2/3: Thu 12/3.
    expect(clocksOf({ kind: null })[0]).toMatchObject({ key: 'processing', due: '2026-03-12' });
    expect(clocksOf({ kind: 'PETITION' })[0]).toMatchObject({
      key: 'processing',
      due: '2026-03-12',
    });
  });

  it('stops the clock while the case waits for the citizen’s documents', () => {
    // Paused 5/3 until 9/3: 3, 4, then 9…16/3 are the ten days (Mon 16/3), not Thu 12/3.
    const [closed] = clocksOf({ pauses: [{ from: '2026-03-05', until: '2026-03-09' }] });
    expect(closed!.due).toBe('2026-03-16');
    const [open] = clocksOf({ pauses: [{ from: '2026-03-05', until: null }] });
    expect(open).toMatchObject({ due: null, state: 'paused' });
  });

  it('runs resolution from acceptance by the recorded variant, across 30/4–1/5', () => {
    // Accepted Fri 10/4: day 30 is Sun 10/5, so Mon 11/5.
    const base = { receivedOn: '2026-04-01', classifiedOn: '2026-04-10', acceptedOn: '2026-04-10' };
    const normal = clocksOf(base);
    expect(normal.map((c) => c.key)).toEqual(['acceptance', 'resolution']);
    expect(normal[1]!.due).toBe('2026-05-11');
    // Complex, 45 days: Mon 25/5. Remote and complex, 60 days: Tue 9/6.
    expect(clocksOf({ ...base, complexity: 'COMPLEX' })[1]!.due).toBe('2026-05-25');
    expect(clocksOf({ ...base, complexity: 'COMPLEX', remote: true })[1]!.due).toBe('2026-06-09');
    // Second instance: 45 days.
    expect(clocksOf({ ...base, instance: 2 })[1]!.due).toBe('2026-05-25');
  });

  it('adds a denunciation’s extension decisions to its resolution time', () => {
    // Accepted Wed 1/4: day 30 is Fri 1/5 (holiday), so Mon 4/5; one 30-day extension: Sun 31/5, so Mon 1/6.
    const base = {
      kind: 'DENUNCIATION' as const,
      receivedOn: '2026-03-25',
      classifiedOn: '2026-04-01',
      acceptedOn: '2026-04-01',
    };
    expect(clocksOf(base)[1]!.due).toBe('2026-05-04');
    const extended = clocksOf({ ...base, complexity: 'COMPLEX', extensionDays: [30] })[1]!;
    expect(extended).toMatchObject({ due: '2026-06-01', extensionDays: 30 });
  });

  it('says whether each clock was met, and which one still runs', () => {
    const received = { receivedOn: '2026-03-02' }; // acceptance due Thu 12/3
    expect(clocksOf({ ...received, classifiedOn: '2026-03-12' })[0]!.state).toBe('met');
    expect(clocksOf({ ...received, classifiedOn: '2026-03-13' })[0]!.state).toBe('late');
    expect(clocksOf(received, '2026-03-09')[0]!.state).toBe('due-soon');
    expect(clocksOf(received, '2026-03-08')[0]!.state).toBe('on-track');
    expect(clocksOf(received, '2026-03-13')[0]!.state).toBe('overdue');

    const accepted = clocksOf(
      { ...received, classifiedOn: '2026-03-10', acceptedOn: '2026-03-10' },
      '2026-03-20',
    );
    expect(runningClock(accepted)).toMatchObject({ key: 'resolution', due: '2026-04-09' });
    expect(metOnTime(accepted)).toBeNull();

    const decided = clocksOf({
      ...received,
      classifiedOn: '2026-03-10',
      acceptedOn: '2026-03-10',
      decidedOn: '2026-04-09',
    });
    expect(runningClock(decided)).toBeNull();
    expect(metOnTime(decided)).toBe(true);
    const lateDecision = clocksOf({
      ...received,
      classifiedOn: '2026-03-10',
      acceptedOn: '2026-03-10',
      decidedOn: '2026-04-10',
    });
    expect(metOnTime(lateDecision)).toBe(false);
  });

  it('keeps a pause begun after a clock was met out of that clock', () => {
    const clocks = clocksOf({
      classifiedOn: '2026-03-10',
      acceptedOn: '2026-03-10',
      pauses: [{ from: '2026-03-20', until: null }],
    });
    expect(clocks[0]).toMatchObject({ due: '2026-03-12', state: 'met' });
    expect(clocks[1]).toMatchObject({ due: null, state: 'paused' });
  });

  it('stops a running clock when the case ends without a decision', () => {
    const clocks = clocksOf(
      { classifiedOn: '2026-03-10', acceptedOn: '2026-03-10', stoppedOn: '2026-03-15' },
      '2026-06-01',
    );
    expect(clocks[1]!.state).toBe('stopped');
    expect(metOnTime(clocks)).toBe(true);
  });
});

describe('the steps of a case', () => {
  const at = (over: Partial<CaseStepFacts>): CaseStepFacts => ({
    status: 'RECEIVED',
    kind: 'COMPLAINT',
    paused: false,
    complexity: 'NORMAL',
    extensions: 0,
    published: false,
    ...over,
  });

  it('accepts a letter only once it is classified', () => {
    expect(allowedActions(at({ kind: null }), law)).not.toContain('accept');
    expect(allowedActions(at({}), law)).toEqual(
      expect.arrayContaining(['accept', 'decline', 'forward', 'guide', 'file']),
    );
  });

  it('decides a complaint or denunciation only after verification, a petition once accepted', () => {
    expect(allowedActions(at({ status: 'ACCEPTED' }), law)).not.toContain('decide');
    expect(allowedActions(at({ status: 'ACCEPTED', kind: 'PETITION' }), law)).toContain('decide');
    expect(allowedActions(at({ status: 'VERIFYING' }), law)).toEqual(
      expect.arrayContaining(['hold-dialogue', 'decide']),
    );
    expect(allowedActions(at({ status: 'VERIFYING', kind: 'DENUNCIATION' }), law)).not.toContain(
      'hold-dialogue',
    );
  });

  it('closes only a decided case', () => {
    for (const status of ['RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE'] as const) {
      expect(allowedActions(at({ status }), law)).not.toContain('close');
    }
    expect(allowedActions(at({ status: 'DECIDED' }), law)).toEqual(['publish', 'close']);
    expect(allowedActions(at({ status: 'DECIDED', published: true }), law)).toEqual(['close']);
    expect(allowedActions(at({ status: 'CLOSED' }), law)).toEqual([]);
    expect(allowedActions(at({ status: 'DECLINED' }), law)).toEqual([]);
  });

  it('lets a paused case only resume, change hands or be withdrawn', () => {
    expect(allowedActions(at({ status: 'VERIFYING', paused: true }), law)).toEqual([
      'assign',
      'resume',
      'withdraw',
    ]);
  });

  it('extends a denunciation as many times as its complexity allows', () => {
    const denunciation = at({ status: 'VERIFYING', kind: 'DENUNCIATION' });
    expect(allowedActions(denunciation, law)).not.toContain('extend');
    expect(allowedActions({ ...denunciation, complexity: 'COMPLEX' }, law)).toContain('extend');
    expect(
      allowedActions({ ...denunciation, complexity: 'COMPLEX', extensions: 1 }, law),
    ).not.toContain('extend');
    expect(
      allowedActions({ ...denunciation, complexity: 'ESPECIALLY_COMPLEX', extensions: 1 }, law),
    ).toContain('extend');
    expect(allowedActions(at({ status: 'VERIFYING', complexity: 'COMPLEX' }), law)).not.toContain(
      'extend',
    );
  });

  it('numbers cases per year with four digits', () => {
    expect(caseNumber(2026, 48)).toBe('2026/0048');
    expect(caseNumber(2026, 12345)).toBe('2026/12345');
  });
});
