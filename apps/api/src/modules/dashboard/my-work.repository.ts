// Counts of what an organisation has to do, and the next dated things of the unit: each query
// starts from the unit (or the organisation) on an index and stops at a handful of rows.
import { addDays, type IsoDate } from '@phoihop/shared/dates';
import type { ReviewPeriod } from '@phoihop/shared/plans';
import { DUE_SOON_DAYS } from '@phoihop/shared/task-schedule';
import type { Db } from '../../db/prisma.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { fromIsoDate } from '../../lib/db-values.ts';
import { lateAtCloseSql } from '../plans/late-at-close.ts';

/**
 * A running plan's tasks are late after their day; a closed plan's stay late when they were due
 * by its closing day and are unfinished (timelinessInPlan in task-schedule.ts).
 */
const RUNNING = Prisma.sql`p.status IN ('APPROVED', 'IN_PROGRESS')`;
const OPEN_TASK = Prisma.sql`i.status IN ('NOT_STARTED', 'IN_PROGRESS')`;

export interface DatedRow {
  id: string;
  title: string;
  on: Date;
  planId?: string;
}

export interface RunningPlan {
  id: string;
  year: number;
  title: string;
  reviewPeriods: ReviewPeriod[];
  held: ReviewPeriod[];
}

export function createMyWorkRepository(db: Db) {
  return {
    /** The organisation's open tasks as lead in the year's plan: overdue, or due within DUE_SOON_DAYS. */
    async leadTaskCounts(unitId: string, organisationId: string, year: number, today: IsoDate) {
      const rows = await db.$queryRaw<{ planId: string; overdue: number; dueSoon: number }[]>`
        SELECT i.plan_id AS "planId",
          count(*) FILTER (WHERE (${RUNNING} AND i.next_due_on < ${today}::date) OR (${lateAtCloseSql(today)}))::int AS overdue,
          count(*) FILTER (WHERE ${RUNNING} AND i.next_due_on >= ${today}::date)::int AS "dueSoon"
        FROM plan_items i JOIN plans p ON p.id = i.plan_id
        WHERE i.unit_id = ${unitId}::uuid AND p.unit_id = ${unitId}::uuid AND p.year = ${year}
          AND i.lead_organisation_id = ${organisationId}::uuid
          AND i.next_due_on <= ${addDays(today, DUE_SOON_DAYS)}::date
          AND i.kind = 'TASK' AND ${OPEN_TASK}
        GROUP BY i.plan_id`;
      return rows;
    },

    recommendationsAwaiting: (unitId: string, organisationId: string) =>
      db.recommendation.count({ where: { addresseeOrganisationId: organisationId, status: 'UNANSWERED', unitId } }),

    petitionsAwaiting: (unitId: string, organisationId: string) =>
      db.voterPetition.count({ where: { addresseeOrganisationId: organisationId, status: 'SENT', unitId } }),

    // --- The next dated things, `limit` of each, nearest first --------------------------------

    leadTasksFrom: (unitId: string, organisationId: string, year: number, today: IsoDate, limit: number) =>
      db.$queryRaw<DatedRow[]>`
        SELECT i.id, i.code || ' ' || i.title AS title, i.next_due_on AS "on", i.plan_id AS "planId"
        FROM plan_items i JOIN plans p ON p.id = i.plan_id
        WHERE i.unit_id = ${unitId}::uuid AND i.lead_organisation_id = ${organisationId}::uuid AND p.year = ${year}
          AND i.next_due_on >= ${today}::date AND i.kind = 'TASK' AND ${OPEN_TASK} AND ${RUNNING}
        ORDER BY i.next_due_on, i.id LIMIT ${limit}`,

    /** Running plans with their review periods and the ones already held. */
    async runningPlans(unitId: string): Promise<RunningPlan[]> {
      const plans = await db.plan.findMany({
        where: { unitId, status: { in: ['APPROVED', 'IN_PROGRESS'] } },
        select: { id: true, year: true, title: true, reviewPeriods: true, reviews: { select: { period: true } } },
      });
      return plans.map(({ reviews, ...p }) => ({ ...p, held: reviews.map((r) => r.period) }));
    },

    receptionSessionsFrom: async (unitId: string, today: IsoDate, limit: number): Promise<DatedRow[]> =>
      (
        await db.receptionSession.findMany({
          where: { unitId, heldOn: { gte: fromIsoDate(today)! } },
          orderBy: [{ heldOn: 'asc' }, { id: 'asc' }],
          take: limit,
          select: { id: true, hostNames: true, heldOn: true },
        })
      ).map((s) => ({ id: s.id, title: s.hostNames, on: s.heldOn })),

    voterMeetingsFrom: async (unitId: string, today: IsoDate, limit: number): Promise<DatedRow[]> =>
      (
        await db.voterMeeting.findMany({
          where: { unitId, heldOn: { gte: fromIsoDate(today)! } },
          orderBy: [{ heldOn: 'asc' }, { id: 'asc' }],
          take: limit,
          select: { id: true, theme: true, councilSession: true, location: true, heldOn: true },
        })
      ).map((m) => ({ id: m.id, title: m.theme ?? m.councilSession ?? m.location, on: m.heldOn })),

    /** Supervisions about to start. */
    supervisionsFrom: async (unitId: string, today: IsoDate, limit: number): Promise<DatedRow[]> =>
      (
        await db.supervision.findMany({
          where: { unitId, periodFrom: { gte: fromIsoDate(today)! } },
          orderBy: [{ periodFrom: 'asc' }, { id: 'asc' }],
          take: limit,
          select: { id: true, title: true, periodFrom: true },
        })
      ).map((s) => ({ id: s.id, title: s.title, on: s.periodFrom })),

    /** Drafts still open for comment, by their deadline. */
    draftDeadlinesFrom: async (unitId: string, today: IsoDate, limit: number): Promise<DatedRow[]> =>
      (
        await db.draft.findMany({
          where: { unitId, commentDeadline: { gte: fromIsoDate(today)! }, consolidatedOn: null },
          orderBy: [{ commentDeadline: 'asc' }, { id: 'asc' }],
          take: limit,
          select: { id: true, title: true, commentDeadline: true },
        })
      ).map((d) => ({ id: d.id, title: d.title, on: d.commentDeadline })),

    organisation: (id: string) => db.organisation.findUnique({ where: { id }, select: { id: true, name: true, shortName: true } }),
  };
}

export type MyWorkRepository = ReturnType<typeof createMyWorkRepository>;
