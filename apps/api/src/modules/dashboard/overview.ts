// The unit's overview for those who steer, all of the year (the screen names it) except the
// mediation teams and mediators active now: the plan, letters received, mediation cases received,
// supervisions whose period touches the year, recommendations sent and voter petitions raised at
// the year's meetings, as they stand today. Each link opens a list whose total is the figure (for
// a rate, its whole).
import { caseStatuses, handledStatuses, openStatuses, type CaseStatus } from '@phoihop/shared/case-clocks';
import type { Overview } from '@phoihop/shared/dashboard';
import { endOfMonth, type IsoDate } from '@phoihop/shared/dates';
import { rateOf } from '@phoihop/shared/percent';
import { links, yearRange } from './dashboard-links.ts';
import type { LetterGroup, OverviewRepository } from './overview.repository.ts';
import { planOverview } from './plan-overview.ts';

const sum = (groups: LetterGroup[], pick: (g: LetterGroup) => number = (g) => g.count) =>
  groups.reduce((total, g) => total + pick(g), 0);
const isHandled = (g: LetterGroup) => handledStatuses.includes(g.status as CaseStatus);
/** Duplicates are kept on file, not counted as letters received (as in the statistics). */
const isLetter = (g: LetterGroup) => g.status !== 'DUPLICATE';

function letters(groups: LetterGroup[], year: number): Pick<Overview, 'letters' | 'lettersByMonth' | 'lettersByStatus'> {
  const range = yearRange(year);
  const handled = groups.filter(isHandled);
  const handledCount = sum(handled);
  return {
    letters: {
      received: { value: sum(groups.filter(isLetter)), link: links.cases({ ...range, state: 'received' }) },
      handled: { value: handledCount, link: links.cases({ ...range, state: 'handled' }) },
      pending: {
        value: sum(groups.filter((g) => openStatuses.includes(g.status as CaseStatus))),
        link: links.cases({ ...range, state: 'open' }),
      },
      overdue: { value: sum(groups, (g) => g.overdue), link: links.cases({ ...range, state: 'overdue', sort: 'due' }) },
      onTimeRate: { ...rateOf(sum(handled, (g) => g.onTime), handledCount, 'letters-handled'), link: links.cases({ ...range, state: 'handled' }) },
    },
    // Letters received in the month, and how many of those have been handled since.
    lettersByMonth: Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      const from = `${year}-${String(month).padStart(2, '0')}-01`;
      const ofMonth = groups.filter((g) => g.month === month);
      return {
        month,
        received: sum(ofMonth.filter(isLetter)),
        handled: sum(ofMonth.filter(isHandled)),
        link: links.cases({ from, to: endOfMonth(from), state: 'received' }),
      };
    }),
    lettersByStatus: caseStatuses
      .map((status) => ({ status, count: sum(groups.filter((g) => g.status === status)), link: links.cases({ ...range, status }) }))
      .filter((row) => row.count > 0),
  };
}

export async function overviewOf(repo: OverviewRepository, unitId: string, year: number, today: IsoDate): Promise<Overview> {
  const [plan, letterGroups, mediation, supervisions, recommendations, petitions] = await Promise.all([
    planOverview(repo, unitId, year, today),
    repo.letters(unitId, year, today),
    repo.mediation(unitId, year),
    repo.supervisions(unitId, year),
    repo.recommendations(unitId, year, today),
    repo.petitions(unitId, year, today),
  ]);
  const concluded = mediation.successful + mediation.unsuccessful;
  return {
    ...plan,
    ...letters(letterGroups, year),
    mediation: {
      teams: { value: mediation.teams, link: links.mediationTeams() },
      mediators: { value: mediation.mediators, link: links.mediationTeams() },
      cases: { value: mediation.cases, link: links.mediationCases(year) },
      successful: { value: mediation.successful, link: links.mediationCases(year, { outcome: 'SUCCESSFUL' }) },
      inProgress: { value: mediation.inProgress, link: links.mediationCases(year, { outcome: 'IN_PROGRESS' }) },
      successRate: { ...rateOf(mediation.successful, concluded, 'mediation-concluded'), link: links.mediationCases(year, { concluded: true }) },
    },
    supervision: {
      supervisions: { value: supervisions, link: links.supervisions(year) },
      recommendations: { value: recommendations.total, link: links.recommendations({ year, all: true }) },
      answered: { value: recommendations.answered, link: links.recommendations({ year, answered: true, all: true }) },
      overdue: { value: recommendations.overdue, link: links.recommendations({ year, overdue: true }) },
      answerRate: {
        ...rateOf(recommendations.answered, recommendations.total, 'recommendations-sent'),
        link: links.recommendations({ year, all: true }),
      },
    },
    voterPetitions: {
      petitions: { value: petitions.total, link: links.petitions({ year, all: true }) },
      answered: { value: petitions.answered, link: links.petitions({ year, answered: true, all: true }) },
      overdue: { value: petitions.overdue, link: links.petitions({ year, overdue: true }) },
    },
  };
}
