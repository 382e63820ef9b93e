import {
  dashboardSchema,
  type Dashboard,
  type MyWork,
  type Overview,
} from '@phoihop/shared/dashboard';
import { listLink, listPaths, type LinkedCount, type LinkedRate } from '@phoihop/shared/links';
import { rateOf, type RateBase } from '@phoihop/shared/percent';
import { newId, womensUnion } from '../../../testing/data';

// Dashboards for the tests, parsed by the shared schema so they follow the contract. The links
// are shaped as the API writes them; the tests check the page carries them, not what they mean.
export const today = '2026-03-10';

const linked = (
  value: number | null,
  to: string,
  search: Record<string, string> = {},
): LinkedCount => ({
  value,
  link: listLink(to, search),
});

const rate = (
  part: number,
  whole: number,
  base: RateBase,
  to: string | null,
  search: Record<string, string> = {},
): LinkedRate => ({ ...rateOf(part, whole, base), link: to ? listLink(to, search) : null });

export const makeMine = (overrides: Partial<MyWork> = {}): MyWork => ({
  year: 2026,
  organisation: womensUnion,
  tasksDueSoon: linked(2, listPaths.myTasks, { timeliness: 'due-soon' }),
  tasksOverdue: linked(1, listPaths.myTasks, { timeliness: 'overdue' }),
  casesDueSoon: null,
  casesOverdue: null,
  recommendationsAwaiting: linked(3, listPaths.recommendations, {
    mine: 'true',
    status: 'UNANSWERED',
  }),
  petitionsAwaiting: linked(0, listPaths.voterPetitions, { mine: 'true', status: 'SENT' }),
  upcoming: [
    {
      kind: 'voter-meeting',
      title: 'Tiếp xúc cử tri trước kỳ họp thứ 3',
      on: '2026-03-14',
      link: listLink(listPaths.voterMeetings, { year: '2026' }),
    },
    {
      kind: 'task',
      title: 'Tổng kết phong trào phụ nữ quý I',
      on: '2026-03-31',
      link: listLink(listPaths.myTasks, { task: newId() }),
    },
  ],
  ...overrides,
});

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

export function makeOverview(y = 2026, overrides: Partial<Overview> = {}): Overview {
  const planId = newId();
  const areaId = newId();
  const period = year(y);
  return {
    plan: { id: planId, title: `Chương trình phối hợp năm ${y}` },
    progressByArea: [
      {
        id: areaId,
        code: '1',
        title: 'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
        tasks: 4,
        done: 3,
        overdue: 1,
        percent: 80,
        link: listLink(listPaths.plan(planId), { tab: 'tasks', area: areaId }),
      },
      {
        id: newId(),
        code: '2',
        title: 'Giám sát và phản biện xã hội',
        tasks: 2,
        done: 0,
        overdue: 0,
        percent: 25.5,
        link: listLink(listPaths.plan(planId), { tab: 'tasks' }),
      },
    ],
    progressByOrganisation: [
      {
        organisation: womensUnion,
        tasks: 3,
        done: 1,
        overdue: 1,
        percent: 50,
        link: listLink(listPaths.plan(planId), { tab: 'tasks', org: womensUnion.id }),
      },
    ],
    letters: {
      received: linked(48, listPaths.cases, { ...period, state: 'received' }),
      handled: linked(43, listPaths.cases, { ...period, state: 'handled' }),
      pending: linked(5, listPaths.cases, { ...period, state: 'open' }),
      overdue: linked(2, listPaths.cases, { ...period, state: 'overdue' }),
      onTimeRate: rate(41, 43, 'letters-handled', listPaths.cases, { ...period, state: 'handled' }),
    },
    lettersByMonth: Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      return {
        month: i + 1,
        received: i < 3 ? 4 + i : 0,
        handled: i < 3 ? 3 : 0,
        link: listLink(listPaths.cases, { from: `${y}-${month}-01`, to: `${y}-${month}-28` }),
      };
    }),
    lettersByStatus: [
      { status: 'CLOSED', count: 40, link: listLink(listPaths.cases, { ...period }) },
      { status: 'VERIFYING', count: 5, link: listLink(listPaths.cases, { ...period }) },
      { status: 'WITHDRAWN', count: 0, link: listLink(listPaths.cases, { ...period }) },
    ],
    mediation: {
      teams: linked(15, listPaths.mediation),
      mediators: linked(132, listPaths.mediation),
      cases: linked(12, listPaths.mediation, period),
      successful: linked(11, listPaths.mediation, period),
      inProgress: linked(1, listPaths.mediation, { ...period, outcome: 'IN_PROGRESS' }),
      successRate: rate(11, 11, 'mediation-concluded', listPaths.mediation, {
        ...period,
        concluded: 'true',
      }),
    },
    supervision: {
      supervisions: linked(3, listPaths.supervision, { year: String(y) }),
      recommendations: linked(9, listPaths.recommendations, { open: 'false' }),
      answered: linked(6, listPaths.recommendations, { open: 'false', status: 'ANSWERED' }),
      overdue: linked(2, listPaths.recommendations, { overdue: 'true' }),
      answerRate: rate(6, 9, 'recommendations-sent', null),
    },
    voterPetitions: {
      petitions: linked(14, listPaths.voterPetitions, { open: 'false' }),
      answered: linked(10, listPaths.voterPetitions, { open: 'false', status: 'ANSWERED' }),
      overdue: linked(2, listPaths.voterPetitions, { overdue: 'true' }),
    },
    ...overrides,
  };
}

export const makeDashboard = (overrides: Partial<Dashboard> = {}): Dashboard =>
  dashboardSchema.parse({
    year: 2026,
    today,
    mine: makeMine(),
    overview: null,
    ...overrides,
  });
