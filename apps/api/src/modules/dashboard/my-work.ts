// "My work": what the reader's organisation owes (tasks it leads, recommendations and petitions
// sent to it), the cases the reader follows that are running late, and the next dated things.
import type { IsoDate } from '@phoihop/shared/dates';
import type { LinkedCount } from '@phoihop/shared/links';
import type { MyWork, UpcomingItem } from '@phoihop/shared/dashboard';
import { reviewDueOn, reviewPeriodNames } from '@phoihop/shared/plan-reviews';
import { can, type Actor } from '@phoihop/shared/policies';
import type { RequestContext } from '../../lib/context.ts';
import { toIsoDate } from '../../lib/db-values.ts';
import type { CaseService } from '../cases/cases.service.ts';
import { links } from './dashboard-links.ts';
import type { DatedRow, MyWorkRepository } from './my-work.repository.ts';

/** "quý I năm 2026", but "cuối năm 2026" rather than "cuối năm năm 2026". */
const periodOfYear = (name: string, year: number) => (name.endsWith('năm') ? `${name} ${year}` : `${name} năm ${year}`);

const UPCOMING = 10;

const none: LinkedCount = { value: null, link: null };

/**
 * Whether the reader follows cases at all: the People's Committee, the Front and the Party and
 * Council leaders read the unit's, any staff member those their organisation forwarded or
 * handles. Others (a viewer) get null rather than a zero that means nothing.
 */
const followsCases = (actor: Actor) =>
  can(actor, 'case:read', { unitId: actor.unitId, organisationIds: [], handlerId: null }) ||
  can(actor, 'case:register', { unitId: actor.unitId });

export function createMyWork(repo: MyWorkRepository, caseList: Pick<CaseService, 'count'>) {
  /** Overdue / due-soon tasks the organisation leads in the year's plan, linked to that plan. */
  async function tasks(actor: Actor, organisationId: string, year: number, today: IsoDate) {
    const rows = await repo.leadTaskCounts(actor.unitId, organisationId, year, today);
    const linked = (key: 'overdue' | 'dueSoon', timeliness: 'overdue' | 'due-soon'): LinkedCount => {
      const plans = rows.filter((r) => r[key] > 0);
      return {
        value: plans.reduce((sum, r) => sum + r[key], 0),
        // Tasks of several running plans: "my tasks" shows them all (with the shared ones too).
        link:
          plans.length === 1
            ? links.planTasks(plans[0]!.planId, { org: organisationId, involvement: 'lead', timeliness })
            : links.myTasks(timeliness),
      };
    };
    return { tasksOverdue: linked('overdue', 'overdue'), tasksDueSoon: linked('dueSoon', 'due-soon') };
  }

  async function cases(ctx: RequestContext) {
    if (!followsCases(ctx.actor)) return { casesOverdue: null, casesDueSoon: null };
    // Counted by the case list itself (with the reader's visibility), so the link shows the count.
    const [overdue, dueSoon] = await Promise.all([caseList.count({ state: 'overdue' }, ctx), caseList.count({ state: 'due-soon' }, ctx)]);
    return {
      casesOverdue: { value: overdue, link: links.cases({ state: 'overdue', sort: 'due' }) },
      casesDueSoon: { value: dueSoon, link: links.cases({ state: 'due-soon', sort: 'due' }) },
    };
  }

  /** The dated things from today to the end of the year. */
  async function upcoming(actor: Actor, year: number, today: IsoDate): Promise<UpcomingItem[]> {
    const unitId = actor.unitId;
    const org = actor.organisationId;
    const dated = (kind: UpcomingItem['kind'], link: (row: DatedRow) => UpcomingItem['link']) => (rows: DatedRow[]) =>
      rows.map((row): UpcomingItem => ({ kind, title: row.title, on: toIsoDate(row.on)!, link: link(row) }));
    const groups = await Promise.all([
      org
        ? repo.leadTasksFrom(unitId, org, year, today, UPCOMING).then(dated('task', (r) => links.task(r.planId!, r.id)))
        : [],
      repo.runningPlans(unitId).then((plans) =>
        plans.flatMap((plan) =>
          plan.reviewPeriods
            .filter((period) => !plan.held.includes(period))
            .map((period): UpcomingItem => ({
              kind: 'review',
              title: `Kiểm điểm ${periodOfYear(reviewPeriodNames[period], plan.year)}: ${plan.title}`,
              on: reviewDueOn(period, plan.year),
              link: links.planReviews(plan.id),
            }))
            .filter((item) => item.on >= today),
        ),
      ),
      can(actor, 'reception:read', { unitId })
        ? repo.receptionSessionsFrom(unitId, today, UPCOMING).then(dated('reception-session', (r) => links.receptionSession(r.id)))
        : [],
      repo.voterMeetingsFrom(unitId, today, UPCOMING).then(dated('voter-meeting', (r) => links.voterMeeting(r.id))),
      repo.supervisionsFrom(unitId, today, UPCOMING).then(dated('supervision', (r) => links.supervision(r.id))),
      repo.draftDeadlinesFrom(unitId, today, UPCOMING).then(dated('draft-deadline', (r) => links.draft(r.id))),
    ]);
    return groups
      .flat()
      .filter((item) => item.on.startsWith(`${year}-`))
      .sort((a, b) => a.on.localeCompare(b.on) || a.kind.localeCompare(b.kind))
      .slice(0, UPCOMING);
  }

  return async function myWork(ctx: RequestContext, year: number, today: IsoDate): Promise<MyWork> {
    const { actor } = ctx;
    const org = actor.organisationId;
    const unitId = actor.unitId;
    const [organisation, taskCounts, caseCounts, recommendations, petitions, next] = await Promise.all([
      org ? repo.organisation(org) : null,
      org ? tasks(actor, org, year, today) : { tasksOverdue: none, tasksDueSoon: none },
      cases(ctx),
      org ? repo.recommendationsAwaiting(unitId, org) : null,
      org ? repo.petitionsAwaiting(unitId, org) : null,
      upcoming(actor, year, today),
    ]);
    return {
      year,
      organisation,
      ...taskCounts,
      ...caseCounts,
      recommendationsAwaiting:
        recommendations === null ? none : { value: recommendations, link: links.recommendations({ status: 'UNANSWERED', mine: true }) },
      petitionsAwaiting: petitions === null ? none : { value: petitions, link: links.petitions({ status: 'SENT', mine: true }) },
      upcoming: next,
    };
  };
}
