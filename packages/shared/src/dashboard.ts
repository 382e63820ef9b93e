// The home dashboard (issue 6): for everyone, their organisation's work; for those who steer
// (leaders, People's Committee and Front staff, unit admins) the ward's overview. Every number
// carries the filtered list it was counted from.
import { z } from 'zod';
import { idSchema } from './common.ts';
import { caseStatusSchema } from './cases.ts';
import { isoDateSchema } from './dates.ts';
import { linkedCountSchema, linkedRateSchema, listLinkSchema } from './links.ts';
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
 * Everything is the year's (the scope the screen names): the plan; letters received in the year;
 * mediation cases received in the year; supervisions whose period touches the year;
 * recommendations sent in the year and voter petitions raised at the year's meetings, as they
 * stand today. Only the mediation teams and mediators are those active now. Each rate carries
 * its part, its whole and what the whole counts.
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
    /** Of the pending ones, those past their running deadline. */
    overdue: linkedCountSchema,
    /** Handled on time / handled. */
    onTimeRate: linkedRateSchema,
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
    /** Received in the year and not concluded yet. */
    inProgress: linkedCountSchema,
    /** Successful / concluded (successful and unsuccessful). */
    successRate: linkedRateSchema,
  }),
  supervision: z.object({
    supervisions: linkedCountSchema,
    recommendations: linkedCountSchema,
    answered: linkedCountSchema,
    /** Unanswered past their due day. */
    overdue: linkedCountSchema,
    /** Answered (on time or late) / sent. */
    answerRate: linkedRateSchema,
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
