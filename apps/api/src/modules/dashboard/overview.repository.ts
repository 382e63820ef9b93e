// The unit's figures for the overview, counted in SQL from the unit's rows on their indexes:
// a year's letters grouped by month and status, mediation and follow-up counts. Only the year's
// plan is read item by item (its progress is a weighted tree, computed by the shared rule).
import type { IsoDate } from '@phoihop/shared/dates';
import type { TaskStatus } from '@phoihop/shared/task-schedule';
import type { Db } from '../../db/prisma.ts';
import { fromIsoDate } from '../../lib/db-values.ts';
import { organisationRefs } from '../../lib/follow-ups.ts';
import { yearRange } from './dashboard-links.ts';

export interface LetterGroup {
  month: number;
  status: string;
  count: number;
  /** Still running past the stored deadline (the case list's state=overdue). */
  overdue: number;
  onTime: number;
}

export interface PlanItemRow {
  id: string;
  parentId: string | null;
  areaId: string | null;
  kind: 'AREA' | 'TASK';
  position: number;
  status: TaskStatus;
  weight: number;
  targetValue: number | null;
  achievedValue: number | null;
  reportedPercent: number | null;
  leadOrganisationId: string | null;
  nextDueOn: IsoDate | null;
  /** Areas only. */
  code: string | null;
  title: string | null;
}

export interface FollowUpCounts {
  total: number;
  answered: number;
  overdue: number;
}

export function createOverviewRepository(db: Db) {
  return {
    plan: (unitId: string, year: number) =>
      db.plan.findUnique({ where: { unitId_year: { unitId, year } }, select: { id: true, title: true, status: true, closedAt: true } }),

    /**
     * Every item of a plan with only what progress, counts and the area rows need: raw rows,
     * numbers as floats (thousands of tasks, so no Decimal objects).
     */
    planItems: (planId: string) =>
      db.$queryRaw<PlanItemRow[]>`
        SELECT id, parent_id AS "parentId", area_id AS "areaId", kind::text AS kind, position, status::text AS status, weight,
          target_value::float8 AS "targetValue", achieved_value::float8 AS "achievedValue", reported_percent AS "reportedPercent",
          lead_organisation_id AS "leadOrganisationId", to_char(next_due_on, 'YYYY-MM-DD') AS "nextDueOn",
          CASE WHEN kind = 'AREA' THEN code END AS code, CASE WHEN kind = 'AREA' THEN title END AS title
        FROM plan_items WHERE plan_id = ${planId}::uuid`,

    /** The lead organisations' names, by id. */
    organisations: (ids: (string | null)[]) => organisationRefs(db, ids),

    /** The year's letters by month received and current status. */
    letters(unitId: string, year: number, today: IsoDate) {
      const { from, to } = yearRange(year);
      return db.$queryRaw<LetterGroup[]>`
        SELECT extract(month FROM c.received_on)::int AS month, c.status::text AS status, count(*)::int AS count,
          count(*) FILTER (WHERE c.due_on < ${today}::date)::int AS overdue,
          count(*) FILTER (WHERE c.handled_on_time)::int AS "onTime"
        FROM cases c
        WHERE c.unit_id = ${unitId}::uuid AND c.received_on >= ${from}::date AND c.received_on <= ${to}::date
        GROUP BY 1, 2`;
    },

    /** Active teams and their active mediators; the year's mediation cases by outcome. */
    async mediation(unitId: string, year: number) {
      const { from, to } = yearRange(year);
      const [teams, mediators, outcomes] = await Promise.all([
        db.mediationTeam.count({ where: { unitId, active: true } }),
        // Both sides by unit, so neither table is read beyond the ward's rows.
        db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM mediators m JOIN mediation_teams t ON t.id = m.team_id
          WHERE m.unit_id = ${unitId}::uuid AND m.active AND t.unit_id = ${unitId}::uuid AND t.active`.then((rows) => rows[0]?.n ?? 0),
        db.mediationCase.groupBy({
          by: ['outcome'],
          where: { unitId, receivedOn: { gte: fromIsoDate(from)!, lte: fromIsoDate(to)! } },
          _count: { _all: true },
        }),
      ]);
      const of = (outcome: string) => outcomes.find((o) => o.outcome === outcome)?._count._all ?? 0;
      return {
        teams,
        mediators,
        cases: outcomes.reduce((sum, o) => sum + o._count._all, 0),
        successful: of('SUCCESSFUL'),
        unsuccessful: of('UNSUCCESSFUL'),
        inProgress: of('IN_PROGRESS'),
      };
    },

    /** Supervisions whose period touches the year (as the supervisions list's year filter). */
    supervisions(unitId: string, year: number) {
      const { from, to } = yearRange(year);
      return db.supervision.count({ where: { unitId, periodFrom: { lte: fromIsoDate(to)! }, periodTo: { gte: fromIsoDate(from)! } } });
    },

    /** The recommendations sent in the year, as they stand today: answered in any way, unanswered past their day. */
    async recommendations(unitId: string, year: number, today: IsoDate): Promise<FollowUpCounts> {
      const { from, to } = yearRange(year);
      const [row] = await db.$queryRaw<FollowUpCounts[]>`
        SELECT count(*)::int AS total,
          count(*) FILTER (WHERE status <> 'UNANSWERED')::int AS answered,
          count(*) FILTER (WHERE status = 'UNANSWERED' AND due_on < ${today}::date)::int AS overdue
        FROM recommendations WHERE unit_id = ${unitId}::uuid AND sent_on >= ${from}::date AND sent_on <= ${to}::date`;
      return row!;
    },

    /** The voter petitions raised at the year's meetings: answered (and maybe reported back), sent and past their day. */
    async petitions(unitId: string, year: number, today: IsoDate): Promise<FollowUpCounts> {
      const { from, to } = yearRange(year);
      const [row] = await db.$queryRaw<FollowUpCounts[]>`
        SELECT count(*)::int AS total,
          count(*) FILTER (WHERE p.status IN ('ANSWERED', 'REPORTED_BACK'))::int AS answered,
          count(*) FILTER (WHERE p.status = 'SENT' AND p.due_on < ${today}::date)::int AS overdue
        FROM voter_petitions p JOIN voter_meetings m ON m.id = p.meeting_id
        WHERE p.unit_id = ${unitId}::uuid AND m.unit_id = ${unitId}::uuid AND m.held_on >= ${from}::date AND m.held_on <= ${to}::date`;
      return row!;
    },
  };
}

export type OverviewRepository = ReturnType<typeof createOverviewRepository>;
