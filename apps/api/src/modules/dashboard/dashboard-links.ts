// The filtered SPA list behind each dashboard number, with only the URL params that list reads
// (apps/web/src/features/*/search-params.ts) and that the list endpoint turns into the same
// filter the number was counted with.
import type { CaseStatus } from '@phoihop/shared/case-clocks';
import type { caseStates } from '@phoihop/shared/cases';
import { listLink, listPaths, type ListLink } from '@phoihop/shared/links';
import type { MediationOutcome } from '@phoihop/shared/mediation';
import type { TaskStatus } from '@phoihop/shared/task-schedule';

export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** A boolean filter as the SPA writes it in the URL. */
const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

interface FollowUpSearch<Status extends string> {
  status?: Status;
  overdue?: boolean;
  mine?: boolean;
  /** Sent (recommendations) or raised at a meeting (petitions) in that year. */
  year?: number;
  answered?: boolean;
  all?: boolean;
}

/** The two follow-up lists (recommendations, voter petitions) read the same params. */
const followUps = (path: string, search: FollowUpSearch<string>) =>
  listLink(path, {
    status: search.status,
    overdue: flag(search.overdue),
    mine: flag(search.mine),
    year: search.year,
    answered: flag(search.answered),
    open: search.all ? 'false' : undefined,
  });

export const links = {
  /** /cases reads from, to, state, status, sort. Visibility is the reader's own. `received`: duplicates apart. */
  cases: (search: { from?: string; to?: string; state?: (typeof caseStates)[number]; status?: CaseStatus; sort?: 'due' }) =>
    listLink(listPaths.cases, search),

  /** A plan's tasks tab: area, org (+ involvement), status, timeliness. */
  planTasks: (
    planId: string,
    search: { area?: string; org?: string; involvement?: 'lead'; status?: TaskStatus; timeliness?: 'overdue' | 'due-soon' } = {},
  ) => listLink(listPaths.plan(planId), { tab: 'tasks', ...search }),

  /** Tasks my organisation leads or shares, in every running plan. */
  myTasks: (timeliness: 'overdue' | 'due-soon') => listLink(listPaths.myTasks, { timeliness }),

  /**
   * Recommendations: the SPA shows only open ones unless a status is chosen or `open=false`
   * (then every one). `mine` = addressed to the reader's organisation.
   */
  recommendations: (search: FollowUpSearch<'UNANSWERED'>) => followUps(listPaths.recommendations, search),

  /** Voter petitions: same conventions as the recommendations. */
  petitions: (search: FollowUpSearch<'SENT'>) => followUps(listPaths.voterPetitions, search),

  /** The active teams (those the figures count). */
  mediationTeams: () => listLink(listPaths.mediation, { tab: 'teams', active: 'true' }),
  /** The year's cases; `concluded`: successful or not (the success rate's base). */
  mediationCases: (year: number, search: { outcome?: MediationOutcome; concluded?: boolean } = {}) =>
    listLink(listPaths.mediation, { tab: 'cases', ...yearRange(year), outcome: search.outcome, concluded: flag(search.concluded) }),

  /** Supervisions whose period touches the year. */
  supervisions: (year: number) => listLink(listPaths.supervision, { year }),

  // Single records of the upcoming list.
  planReviews: (planId: string) => listLink(listPaths.plan(planId), { tab: 'reviews' }),
  task: (planId: string, taskId: string) => listLink(listPaths.plan(planId), { tab: 'tasks', task: taskId }),
  receptionSession: (id: string) => listLink(`${listPaths.reception}/${id}`),
  voterMeeting: (id: string) => listLink(`${listPaths.voterMeetings}/${id}`),
  supervision: (id: string) => listLink(`${listPaths.supervision}/${id}`),
  draft: (id: string) => listLink(`${listPaths.drafts}/${id}`),
} satisfies Record<string, (...args: never[]) => ListLink>;
