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

/** How the ward's papers name a period: "kiểm điểm quý I", "kiểm điểm 6 tháng đầu năm". */
export const reviewPeriodNames: Record<ReviewPeriod, string> = {
  Q1: 'quý I',
  Q2: 'quý II',
  Q3: 'quý III',
  Q4: 'quý IV',
  H1: '6 tháng đầu năm',
  YEAR_END: 'cuối năm',
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
