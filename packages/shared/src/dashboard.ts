// The home dashboard (issue 6): for everyone, their organisation's work; for those who steer
// (leaders, People's Committee and Front staff, unit admins) the ward's overview. Every number
// carries the filtered list it was counted from.
import { z } from 'zod';
import { idSchema } from './common.ts';
import { caseStatusSchema } from './cases.ts';
import { isoDateSchema } from './dates.ts';
import { linkedCountSchema, listLinkSchema } from './links.ts';
import { organisationRefSchema } from './plans.ts';

export const dashboardQuerySchema = z.object({
  /** The plan and letter year; by default this year in Vietnam. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The year of "my work": its plan's tasks and the dated things of that year; by default this year. */
  mineYear: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const upcomingKinds = [
  'review',
  'reception-session',
  'voter-meeting',
  'supervision',
  'draft-deadline',
  'task',
] as const;

export const upcomingItemSchema = z.object({
  kind: z.enum(upcomingKinds),
  title: z.string(),
  on: isoDateSchema,
  link: listLinkSchema,
});
export type UpcomingItem = z.infer<typeof upcomingItemSchema>;

/**
 * What my organisation has to do. Null parts: I may not see that kind of record. Without an
 * organisation the organisation's counts are `{value: null, link: null}`.
 */
export const myWorkSchema = z.object({
  /** The year the tasks and the dated things are of. */
  year: z.number().int(),
  organisation: organisationRefSchema.nullable(),
  /**
   * Open tasks my organisation leads in the year's plan, due within 7 days (DUE_SOON_DAYS); overdue
   * as the plan shows them (a closed plan: unfinished at their due date, timelinessInPlan).
   */
  tasksDueSoon: linkedCountSchema,
  tasksOverdue: linkedCountSchema,
  /** Cases I may read whose running deadline falls within 3 days (CASE_DUE_SOON_DAYS). */
  casesDueSoon: linkedCountSchema.nullable(),
  casesOverdue: linkedCountSchema.nullable(),
  /** Unanswered recommendations addressed to my organisation. */
  recommendationsAwaiting: linkedCountSchema,
  /** Voter petitions sent to my organisation and not answered yet. */
  petitionsAwaiting: linkedCountSchema,
  /** From today on within the year, nearest first: the unit's dated events and my organisation's tasks. */
  upcoming: z.array(upcomingItemSchema).max(10),
});
export type MyWork = z.infer<typeof myWorkSchema>;

const progressRowSchema = z.object({
  tasks: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  /** Weighted progress 0–100 (shared plan-progress rule). */
  percent: z.number(),
  link: listLinkSchema,
});

/**
 * The plan, the letters, mediation cases and supervisions are the year's; mediation teams are
 * those active now; recommendations and voter petitions are all of the unit's, as they stand
 * today (what is unanswered matters whatever the year).
 */
export const overviewSchema = z.object({
  plan: z.object({ id: idSchema, title: z.string() }).nullable(),
  progressByArea: z.array(
    progressRowSchema.extend({ id: idSchema, code: z.string(), title: z.string() }),
  ),
  progressByOrganisation: z.array(
    progressRowSchema.extend({ organisation: organisationRefSchema }),
  ),
  letters: z.object({
    received: linkedCountSchema,
    handled: linkedCountSchema,
    pending: linkedCountSchema,
    overdue: linkedCountSchema,
    /** Handled on time / handled, 0–100. */
    onTimeRate: linkedCountSchema,
  }),
  /** Letters received in each month, and how many of those have been handled since. */
  lettersByMonth: z.array(
    z.object({
      month: z.number().int().min(1).max(12),
      received: z.number().int(),
      handled: z.number().int(),
      link: listLinkSchema,
    }),
  ),
  lettersByStatus: z.array(
    z.object({ status: caseStatusSchema, count: z.number().int(), link: listLinkSchema }),
  ),
  mediation: z.object({
    teams: linkedCountSchema,
    mediators: linkedCountSchema,
    cases: linkedCountSchema,
    successful: linkedCountSchema,
    /** Successful / concluded, 0–100. */
    successRate: linkedCountSchema,
  }),
  supervision: z.object({
    supervisions: linkedCountSchema,
    recommendations: linkedCountSchema,
    answered: linkedCountSchema,
    overdue: linkedCountSchema,
    /** Answered (on time or late) / sent, 0–100. */
    answerRate: linkedCountSchema,
  }),
  voterPetitions: z.object({
    petitions: linkedCountSchema,
    answered: linkedCountSchema,
    overdue: linkedCountSchema,
  }),
});
export type Overview = z.infer<typeof overviewSchema>;

export const dashboardSchema = z.object({
  year: z.number().int(),
  today: isoDateSchema,
  mine: myWorkSchema,
  /** Null for those who do not steer (officers of other organisations, viewers). */
  overview: overviewSchema.nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
