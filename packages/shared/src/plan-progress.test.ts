import { describe, expect, it } from 'vitest';
import { computeProgress, ownPercent, type ProgressInput } from './plan-progress.ts';

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
    expect(ownPercent(item({ id: 'a', status: 'IN_PROGRESS', targetValue: 15, achievedValue: 6 }))).toBe(40);
    expect(ownPercent(item({ id: 'a', targetValue: 15, achievedValue: 20 }))).toBe(100);
  });

  it('uses the reported percentage when there is no target', () => {
    expect(ownPercent(item({ id: 'a', status: 'IN_PROGRESS', reportedPercent: 30 }))).toBe(30);
  });

  it('counts done as 100, not started as 0 and cancelled as nothing', () => {
    expect(ownPercent(item({ id: 'a', status: 'DONE', targetValue: 10, achievedValue: 2 }))).toBe(100);
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
