// What the annual report reads of the coordination plans: the year's plan with its assessment,
// its areas and tasks with each task's latest progress report up to the report's day, and next
// year's programme.
import type { IsoDate } from '@phoihop/shared/dates';
import type { Db } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';

export interface ReportPlan {
  id: string;
  year: number;
  title: string;
  status: 'DRAFT' | 'APPROVED' | 'IN_PROGRESS' | 'CLOSED';
  closedAt: Date | null;
  strengths: string | null;
  limitations: string | null;
  causes: string | null;
  solutions: string | null;
}

type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

/** An area or task, with what its lead organisation's reports said by asOf (plan-progress.ts). */
export interface ReportPlanItem {
  id: string;
  parentId: string | null;
  kind: 'AREA' | 'TASK';
  code: string;
  position: number;
  title: string;
  status: TaskStatus;
  weight: number;
  targetValue: number | null;
  /** Today's values, and what the latest reports up to asOf said. */
  achievedValue: number | null;
  reportedPercent: number | null;
  completedOn: IsoDate | null;
  nextDueOn: IsoDate | null;
  latestText: string | null;
  reportedAchieved: number | null;
  reportedPercentAsOf: number | null;
  /** Some report of the lead, of any date, carried a value (a percentage): the column is the reports'. */
  achievedReported: boolean;
  percentReported: boolean;
}

interface ItemRow {
  id: string;
  parent_id: string | null;
  kind: 'AREA' | 'TASK';
  code: string;
  position: number;
  title: string;
  status: TaskStatus;
  weight: number;
  target_value: Prisma.Decimal | null;
  achieved_value: Prisma.Decimal | null;
  reported_percent: number | null;
  completed_on: Date | null;
  next_due_on: Date | null;
  latest_text: string | null;
  reported_achieved: Prisma.Decimal | null;
  reported_percent_as_of: number | null;
  achieved_reported: boolean;
  percent_reported: boolean;
}

const num = (value: Prisma.Decimal | null) => (value === null ? null : Number(value));

const planSelect = {
  id: true,
  year: true,
  title: true,
  status: true,
  closedAt: true,
  strengths: true,
  limitations: true,
  causes: true,
  solutions: true,
} as const;

export function createReportPlanRepository(db: Db) {
  return {
    planOf: (unitId: string, year: number): Promise<ReportPlan | null> =>
      db.plan.findUnique({ where: { unitId_year: { unitId, year } }, select: planSelect }),

    /** Every item of a plan, in outline order; the reports' columns are read up to asOf. */
    async itemsOf(planId: string, asOf: IsoDate): Promise<ReportPlanItem[]> {
      const day = fromIsoDate(asOf)!;
      const rows = await db.$queryRaw<ItemRow[]>`
        SELECT i.id, i.parent_id, i.kind::text AS kind, i.code, i.position, i.title, i.status::text AS status,
          i.weight, i.target_value, i.achieved_value, i.reported_percent, i.completed_on, i.next_due_on,
          (SELECT u.text FROM progress_updates u WHERE u.task_id = i.id AND u.reported_on <= ${day}
            ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) AS latest_text,
          (SELECT u.achieved_value FROM progress_updates u
            WHERE u.task_id = i.id AND u.organisation_id = i.lead_organisation_id AND u.reported_on <= ${day} AND u.achieved_value IS NOT NULL
            ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) AS reported_achieved,
          (SELECT u.reported_percent FROM progress_updates u
            WHERE u.task_id = i.id AND u.organisation_id = i.lead_organisation_id AND u.reported_on <= ${day} AND u.reported_percent IS NOT NULL
            ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) AS reported_percent_as_of,
          EXISTS (SELECT 1 FROM progress_updates u WHERE u.task_id = i.id AND u.organisation_id = i.lead_organisation_id
            AND u.achieved_value IS NOT NULL) AS achieved_reported,
          EXISTS (SELECT 1 FROM progress_updates u WHERE u.task_id = i.id AND u.organisation_id = i.lead_organisation_id
            AND u.reported_percent IS NOT NULL) AS percent_reported
        FROM plan_items i
        WHERE i.plan_id = ${planId}::uuid
        ORDER BY i.depth, i.position`;
      return rows.map((r) => ({
        id: r.id,
        parentId: r.parent_id,
        kind: r.kind,
        code: r.code,
        position: r.position,
        title: r.title,
        status: r.status,
        weight: r.weight,
        targetValue: num(r.target_value),
        achievedValue: num(r.achieved_value),
        reportedPercent: r.reported_percent,
        completedOn: toIsoDate(r.completed_on),
        nextDueOn: toIsoDate(r.next_due_on),
        latestText: r.latest_text,
        reportedAchieved: num(r.reported_achieved),
        reportedPercentAsOf: r.reported_percent_as_of,
        achievedReported: r.achieved_reported,
        percentReported: r.percent_reported,
      }));
    },

    /** Years that have a plan, newest first. */
    plansOfUnit: (unitId: string) =>
      db.plan.findMany({ where: { unitId }, orderBy: { year: 'desc' }, select: { id: true, year: true, title: true } }),
  };
}

export type ReportPlanRepository = ReturnType<typeof createReportPlanRepository>;
