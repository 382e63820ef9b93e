// Periodic reviews (kiểm điểm định kỳ): when each one is owed.
import { addDays, type IsoDate } from './dates.ts';
import type { ReviewPeriod } from './plans.ts';

const periodEnds: Record<ReviewPeriod, string> = {
  Q1: '03-31',
  Q2: '06-30',
  Q3: '09-30',
  Q4: '12-31',
  H1: '06-30',
  YEAR_END: '12-31',
};

/** Days after a period ends within which its review is normally held. */
export const REVIEW_GRACE_DAYS = 15;

export function reviewPeriodEnd(period: ReviewPeriod, year: number): IsoDate {
  return `${year}-${periodEnds[period]}`;
}

export function reviewDueOn(period: ReviewPeriod, year: number): IsoDate {
  return addDays(reviewPeriodEnd(period, year), REVIEW_GRACE_DAYS);
}

/** Periods whose review date has passed without a review: flagged to the steering leaders. */
export function overdueReviews(
  plan: { year: number; status: string; reviewPeriods: ReviewPeriod[] },
  held: ReviewPeriod[],
  today: IsoDate,
): ReviewPeriod[] {
  if (plan.status !== 'APPROVED' && plan.status !== 'IN_PROGRESS') return [];
  return plan.reviewPeriods.filter((p) => !held.includes(p) && reviewDueOn(p, plan.year) < today);
}
