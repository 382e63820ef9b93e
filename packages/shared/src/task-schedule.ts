// When a task is due, and whether it is late. Derived from dates, never set by hand.
import { addDays, endOfMonth, type IsoDate } from './dates.ts';

export type Recurrence = 'NONE' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY';
export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

const periodMonths: Record<Exclude<Recurrence, 'NONE'>, number> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
};

/** End of the calendar period (month, quarter, half-year) that contains `date`. */
export function periodEnd(recurrence: Exclude<Recurrence, 'NONE'>, date: IsoDate): IsoDate {
  const months = periodMonths[recurrence];
  const month = Number(date.slice(5, 7)) - 1;
  const lastMonthOfPeriod = Math.floor(month / months) * months + months - 1;
  return endOfMonth(date, lastMonthOfPeriod - month);
}

export interface ScheduleInput {
  recurrence: Recurrence;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  lastReportedOn: IsoDate | null;
  /** The plan's year bounds a recurring task. */
  year: number;
}

/**
 * The date by which the next thing is owed: the due date of a one-off task; for a recurring
 * task, the end of the first period after the last report (from its start, or January 1st),
 * or null once the last period of the year (or of its due date) is reported.
 */
export function nextDueOn(task: ScheduleInput): IsoDate | null {
  if (task.recurrence === 'NONE') return task.dueDate;
  const end = task.dueDate ?? `${task.year}-12-31`;
  const from = task.lastReportedOn
    ? addDays(periodEnd(task.recurrence, task.lastReportedOn), 1)
    : (task.startDate ?? `${task.year}-01-01`);
  if (from > end) return null;
  const due = periodEnd(task.recurrence, from);
  return due > end ? end : due;
}

export const DUE_SOON_DAYS = 7;

export type Timeliness = 'overdue' | 'due-soon' | 'on-track' | 'none';

export function timelinessOf(
  task: { status: TaskStatus; nextDueOn: IsoDate | null },
  today: IsoDate,
): Timeliness {
  if (task.status === 'DONE' || task.status === 'CANCELLED' || !task.nextDueOn) return 'none';
  if (task.nextDueOn < today) return 'overdue';
  if (task.nextDueOn <= addDays(today, DUE_SOON_DAYS)) return 'due-soon';
  return 'on-track';
}

/** What the plan's own state says about its tasks' timeliness. */
export interface PlanClock {
  status: 'DRAFT' | 'APPROVED' | 'IN_PROGRESS' | 'CLOSED';
  /** The day a closed plan was closed (Vietnam date); null while it runs. */
  closedOn: IsoDate | null;
}

/**
 * A task's timeliness within its plan. A draft's tasks are not assigned yet; a running plan's
 * are judged today; a closed plan keeps what was late when it closed: a task not done whose due
 * date fell on or before the closing day stays "overdue" (unfinished at its due date).
 */
export function timelinessInPlan(
  task: { status: TaskStatus; nextDueOn: IsoDate | null },
  plan: PlanClock,
  today: IsoDate,
): Timeliness {
  if (plan.status === 'DRAFT') return 'none';
  if (plan.status !== 'CLOSED') return timelinessOf(task, today);
  const closedOn = plan.closedOn ?? today;
  const unfinished = task.status !== 'DONE' && task.status !== 'CANCELLED';
  return unfinished && task.nextDueOn !== null && task.nextDueOn <= closedOn ? 'overdue' : 'none';
}
