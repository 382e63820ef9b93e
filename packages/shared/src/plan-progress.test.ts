import { describe, expect, it } from 'vitest';
import {
  computeProgress,
  leadValues,
  ownPercent,
  setsTaskProgress,
  type ProgressInput,
  type TaskReport,
} from './plan-progress.ts';

const item = (overrides: Partial<ProgressInput> & { id: string }): ProgressInput => ({
  parentId: null,
  status: 'NOT_STARTED',
  weight: 1,
  targetValue: null,
  achievedValue: null,
  reportedPercent: null,
  ...overrides,
});

describe('ownPercent', () => {
  it('measures achieved value against the target, capped at 100', () => {
    expect(
      ownPercent(item({ id: 'a', status: 'IN_PROGRESS', targetValue: 15, achievedValue: 6 })),
    ).toBe(40);
    expect(ownPercent(item({ id: 'a', targetValue: 15, achievedValue: 20 }))).toBe(100);
  });

  it('uses the reported percentage when there is no target', () => {
    expect(ownPercent(item({ id: 'a', status: 'IN_PROGRESS', reportedPercent: 30 }))).toBe(30);
  });

  it('counts done as 100, not started as 0 and cancelled as nothing', () => {
    expect(ownPercent(item({ id: 'a', status: 'DONE', targetValue: 10, achievedValue: 2 }))).toBe(
      100,
    );
    expect(ownPercent(item({ id: 'a' }))).toBe(0);
    expect(ownPercent(item({ id: 'a', status: 'CANCELLED', reportedPercent: 80 }))).toBeNull();
  });
});

describe('computeProgress', () => {
  it('weights children and skips cancelled ones', () => {
    const items = [
      item({ id: 'area1' }),
      item({ id: 't1', parentId: 'area1', status: 'DONE', weight: 3 }),
      item({ id: 't2', parentId: 'area1', weight: 1 }),
      item({ id: 't3', parentId: 'area1', status: 'CANCELLED', weight: 5 }),
      item({ id: 'area2' }),
      item({ id: 't4', parentId: 'area2', reportedPercent: 50, status: 'IN_PROGRESS' }),
    ];
    const progress = computeProgress(items);
    expect(progress.get('t3')).toBeNull();
    expect(progress.get('area1')).toBe(75); // (100×3 + 0×1) / 4
    expect(progress.get('area2')).toBe(50);
    expect(progress.get(null)).toBe(62.5);
  });

  it('rolls sub-tasks up into their task and the task into its area', () => {
    const items = [
      item({ id: 'area' }),
      item({ id: 'task', parentId: 'area', status: 'IN_PROGRESS', reportedPercent: 90 }),
      item({ id: 'sub1', parentId: 'task', targetValue: 4, achievedValue: 1 }),
      item({ id: 'sub2', parentId: 'task', status: 'DONE' }),
    ];
    const progress = computeProgress(items);
    expect(progress.get('task')).toBe(62.5); // children win over the task's own report
    expect(progress.get('area')).toBe(62.5);
  });

  it('falls back to the item itself when every child is cancelled, and to null for an empty plan', () => {
    const items = [
      item({ id: 'task', status: 'IN_PROGRESS', reportedPercent: 20 }),
      item({ id: 'sub', parentId: 'task', status: 'CANCELLED' }),
    ];
    expect(computeProgress(items).get('task')).toBe(20);
    expect(computeProgress([]).get(null)).toBeNull();
  });
});

describe('lead and partner reports', () => {
  const task = { leadOrganisationId: 'ubnd' };
  const report = (
    organisationId: string | null,
    reportedOn: string,
    values: Partial<TaskReport>,
  ): TaskReport => ({
    organisationId,
    reportedOn,
    achievedValue: null,
    reportedPercent: null,
    ...values,
  });

  it('lets only the lead organisation set the task', () => {
    expect(setsTaskProgress({ organisationId: 'ubnd' }, task)).toBe(true);
    expect(setsTaskProgress({ organisationId: 'phu-nu' }, task)).toBe(false);
    expect(setsTaskProgress({ organisationId: null }, { leadOrganisationId: null })).toBe(false);
  });

  it('takes the lead’s latest values and never a partner’s', () => {
    const values = leadValues(
      [
        report('ubnd', '2026-03-01', { reportedPercent: 20, achievedValue: 2 }),
        report('phu-nu', '2026-05-15', { reportedPercent: 60 }),
        report('ubnd', '2026-04-01', { reportedPercent: 30 }),
        report('ubnd', '2026-02-01', { reportedPercent: 90 }),
      ],
      task,
    );
    expect(values).toEqual({ achievedValue: 2, reportedPercent: 30 });
  });

  it('leaves a task only partners reported on at its status (0% under way)', () => {
    const values = leadValues([report('phu-nu', '2026-05-15', { reportedPercent: 60 })], task);
    expect(values).toEqual({ achievedValue: null, reportedPercent: null });
    expect(ownPercent(item({ id: 'a', status: 'IN_PROGRESS', ...values }))).toBe(0);
  });
});
