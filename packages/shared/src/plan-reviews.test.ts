import { describe, expect, it } from 'vitest';
import { overdueReviews, reviewDueOn } from './plan-reviews.ts';

describe('reviews', () => {
  it('owes a quarterly review fifteen days after the quarter ends', () => {
    expect(reviewDueOn('Q1', 2026)).toBe('2026-04-15');
    expect(reviewDueOn('YEAR_END', 2026)).toBe('2027-01-15');
  });

  it('flags periods past due that were not held, only on running plans', () => {
    const plan = {
      year: 2026,
      status: 'IN_PROGRESS',
      reviewPeriods: ['Q1', 'Q2', 'Q3', 'YEAR_END'] as const,
    };
    const running = { ...plan, reviewPeriods: [...plan.reviewPeriods] };
    expect(overdueReviews(running, ['Q1'], '2026-11-26')).toEqual(['Q2', 'Q3']);
    expect(overdueReviews({ ...running, status: 'DRAFT' }, [], '2026-11-26')).toEqual([]);
  });
});
