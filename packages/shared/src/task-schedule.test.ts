import { describe, expect, it } from 'vitest';
import { nextDueOn, periodEnd, timelinessInPlan, timelinessOf } from './task-schedule.ts';

describe('periodEnd', () => {
  it('ends months, quarters and half-years', () => {
    expect(periodEnd('MONTHLY', '2026-02-10')).toBe('2026-02-28');
    expect(periodEnd('QUARTERLY', '2026-05-01')).toBe('2026-06-30');
    expect(periodEnd('HALF_YEARLY', '2026-07-01')).toBe('2026-12-31');
  });
});

describe('nextDueOn', () => {
  const base = { startDate: null, dueDate: null, lastReportedOn: null, year: 2026 };

  it('is the due date of a one-off task', () => {
    expect(nextDueOn({ ...base, recurrence: 'NONE', dueDate: '2026-03-31' })).toBe('2026-03-31');
  });

  it('asks a quarterly task for the first unreported quarter', () => {
    expect(nextDueOn({ ...base, recurrence: 'QUARTERLY' })).toBe('2026-03-31');
    expect(nextDueOn({ ...base, recurrence: 'QUARTERLY', lastReportedOn: '2026-03-20' })).toBe(
      '2026-06-30',
    );
    expect(nextDueOn({ ...base, recurrence: 'MONTHLY', startDate: '2026-04-15' })).toBe(
      '2026-04-30',
    );
  });

  it('owes nothing once the last period is reported', () => {
    expect(
      nextDueOn({ ...base, recurrence: 'HALF_YEARLY', lastReportedOn: '2026-12-01' }),
    ).toBeNull();
    expect(
      nextDueOn({
        ...base,
        recurrence: 'MONTHLY',
        dueDate: '2026-06-15',
        lastReportedOn: '2026-06-01',
      }),
    ).toBeNull();
  });

  it('stops at the due date inside the last period', () => {
    expect(
      nextDueOn({
        ...base,
        recurrence: 'QUARTERLY',
        dueDate: '2026-05-15',
        lastReportedOn: '2026-03-01',
      }),
    ).toBe('2026-05-15');
  });
});

describe('timelinessOf', () => {
  it('derives overdue and due-soon from today', () => {
    expect(timelinessOf({ status: 'IN_PROGRESS', nextDueOn: '2026-11-25' }, '2026-11-26')).toBe(
      'overdue',
    );
    expect(timelinessOf({ status: 'NOT_STARTED', nextDueOn: '2026-12-03' }, '2026-11-26')).toBe(
      'due-soon',
    );
    expect(timelinessOf({ status: 'NOT_STARTED', nextDueOn: '2026-12-04' }, '2026-11-26')).toBe(
      'on-track',
    );
  });

  it('never flags finished or cancelled tasks', () => {
    expect(timelinessOf({ status: 'DONE', nextDueOn: '2020-01-01' }, '2026-11-26')).toBe('none');
    expect(timelinessOf({ status: 'CANCELLED', nextDueOn: '2020-01-01' }, '2026-11-26')).toBe(
      'none',
    );
  });
});

describe('timelinessInPlan', () => {
  const closed = { status: 'CLOSED' as const, closedOn: '2025-12-31' };
  const task = (status: 'IN_PROGRESS' | 'DONE' | 'NOT_STARTED', nextDueOn: string | null) => ({
    status,
    nextDueOn,
  });

  it('keeps a closed plan’s task unfinished at its due date overdue, even due on the closing day', () => {
    expect(timelinessInPlan(task('IN_PROGRESS', '2025-12-31'), closed, '2026-11-26')).toBe(
      'overdue',
    );
    expect(timelinessInPlan(task('NOT_STARTED', '2025-06-30'), closed, '2026-11-26')).toBe(
      'overdue',
    );
  });

  it('does not flag what was done, or due only after the plan closed', () => {
    expect(timelinessInPlan(task('DONE', '2025-12-31'), closed, '2026-11-26')).toBe('none');
    expect(timelinessInPlan(task('IN_PROGRESS', '2026-01-15'), closed, '2026-11-26')).toBe('none');
    expect(timelinessInPlan(task('IN_PROGRESS', null), closed, '2026-11-26')).toBe('none');
  });

  it('judges a running plan today and a draft not at all', () => {
    const late = task('IN_PROGRESS', '2026-10-31');
    expect(timelinessInPlan(late, { status: 'IN_PROGRESS', closedOn: null }, '2026-11-26')).toBe(
      'overdue',
    );
    expect(timelinessInPlan(late, { status: 'DRAFT', closedOn: null }, '2026-11-26')).toBe('none');
  });
});
