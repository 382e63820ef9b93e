// The unit's overview for those who steer. The plan and the letters are the year's; mediation
// teams are those active now and its cases the year's; supervisions are those of the year, while
// recommendations and voter petitions are every one of the unit as they stand today (their lists
// have no year, and what is still unanswered matters whatever the year it was sent).
import { caseStatuses, handledStatuses, openStatuses, type CaseStatus } from '@phoihop/shared/case-clocks';
import type { Overview } from '@phoihop/shared/dashboard';
import { endOfMonth, type IsoDate } from '@phoihop/shared/dates';
import { successRate } from '@phoihop/shared/mediation';
import { percentOf } from '@phoihop/shared/percent';
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
      received: { value: sum(groups.filter(isLetter)), link: links.cases(range) },
      handled: { value: handledCount, link: links.cases({ ...range, state: 'handled' }) },
      pending: {
        value: sum(groups.filter((g) => openStatuses.includes(g.status as CaseStatus))),
        link: links.cases({ ...range, state: 'open' }),
      },
      overdue: { value: sum(groups, (g) => g.overdue), link: links.cases({ ...range, state: 'overdue', sort: 'due' }) },
      onTimeRate: { value: percentOf(sum(handled, (g) => g.onTime), handledCount), link: links.cases({ ...range, state: 'handled' }) },
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
        link: links.cases({ from, to: endOfMonth(from) }),
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
    repo.recommendations(unitId, today),
    repo.petitions(unitId, today),
  ]);
  const allRecommendations = links.recommendations({ all: true });
  const allPetitions = links.petitions({ all: true });
  return {
    ...plan,
    ...letters(letterGroups, year),
    mediation: {
      teams: { value: mediation.teams, link: links.mediationTeams() },
      mediators: { value: mediation.mediators, link: links.mediationTeams() },
      cases: { value: mediation.cases, link: links.mediationCases(year) },
      successful: { value: mediation.successful, link: links.mediationCases(year, 'SUCCESSFUL') },
      successRate: { value: successRate(mediation.successful, mediation.unsuccessful), link: links.mediationCases(year) },
    },
    supervision: {
      supervisions: { value: supervisions, link: links.supervisions(year) },
      recommendations: { value: recommendations.total, link: allRecommendations },
      // The list filters one status at a time: answered ones are among all of them.
      answered: { value: recommendations.answered, link: allRecommendations },
      overdue: { value: recommendations.overdue, link: links.recommendations({ overdue: true }) },
      answerRate: { value: percentOf(recommendations.answered, recommendations.total), link: allRecommendations },
    },
    voterPetitions: {
      petitions: { value: petitions.total, link: allPetitions },
      answered: { value: petitions.answered, link: allPetitions },
      overdue: { value: petitions.overdue, link: links.petitions({ overdue: true }) },
    },
  };
}
