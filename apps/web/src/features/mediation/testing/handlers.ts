import { caseSummarySchema, type CaseSummary } from '@phoihop/shared/cases';
import { pageSchema } from '@phoihop/shared/common';
import {
  createMediationCaseBodySchema,
  createMediationTeamBodySchema,
  createMediatorBodySchema,
  mediationCaseSchema,
  mediationStatisticsSchema,
  mediationTeamDetailSchema,
  mediationTeamSchema,
  updateMediationCaseBodySchema,
  updateMediationTeamBodySchema,
  updateMediatorBodySchema,
  type MediationCase,
  type MediationStatistics,
  type MediationTeamDetail,
} from '@phoihop/shared/mediation';
import { http, HttpResponse } from 'msw';
import { problem } from '../../../testing/problem';
import { makeMediationCase, makeMediator, makeStatistics, makeTeam } from './fixtures';
import { requestRecorder, type RecordedRequest } from '../../../testing/record-requests';

/** What the fake mediation API holds, and every request it saw, for assertions. */
export interface MediationApiState {
  teams: MediationTeamDetail[];
  cases: MediationCase[];
  statistics: MediationStatistics;
  letters: CaseSummary[];
  requests: RecordedRequest[];
}

export const mediationState = (overrides: Partial<MediationApiState> = {}): MediationApiState => ({
  teams: [],
  cases: [],
  statistics: makeStatistics(),
  letters: [],
  requests: [],
  ...overrides,
});

const api = (path: string) => `*/api${path}`;
const summaryOf = (team: MediationTeamDetail) => {
  const { mediators: _m, ...rest } = team;
  return mediationTeamSchema.parse(rest);
};

export function mediationHandlers(state: MediationApiState) {
  const record = requestRecorder(state.requests);
  // Counts, leader and warnings follow the mediators, as the API derives them.
  const rebuild = (team: MediationTeamDetail) => {
    const {
      leader: _l,
      mediatorCount: _c,
      womenCount: _w,
      warnings: _x,
      mediators,
      ...base
    } = team;
    return makeTeam(base, mediators);
  };
  const replaceTeam = (team: MediationTeamDetail) => {
    state.teams = state.teams.map((x) => (x.id === team.id ? team : x));
    return team;
  };
  return [
    http.get(api('/mediation/statistics'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(mediationStatisticsSchema.parse(state.statistics));
    }),
    http.get(api('/mediation/teams'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        pageSchema(mediationTeamSchema).parse({
          items: state.teams.map(summaryOf),
          nextCursor: null,
        }),
      );
    }),
    http.post(api('/mediation/teams'), async ({ request }) => {
      const body = createMediationTeamBodySchema.parse(await record(request));
      const team = makeTeam({ ...body });
      state.teams.push(team);
      return HttpResponse.json(team, { status: 201 });
    }),
    http.get(api('/mediation/teams/:id'), async ({ request, params }) => {
      await record(request);
      const team = state.teams.find((x) => x.id === params.id);
      return team ? HttpResponse.json(team) : problem('NOT_FOUND', 'Không tìm thấy tổ hòa giải');
    }),
    http.patch(api('/mediation/teams/:id'), async ({ request, params }) => {
      const body = updateMediationTeamBodySchema.parse(await record(request));
      const team = state.teams.find((x) => x.id === params.id);
      if (!team) return problem('NOT_FOUND', 'Không tìm thấy tổ hòa giải');
      return HttpResponse.json(
        replaceTeam(
          mediationTeamDetailSchema.parse({ ...team, ...body, version: team.version + 1 }),
        ),
      );
    }),
    http.post(api('/mediation/teams/:id/mediators'), async ({ request, params }) => {
      const { organisationId: _org, ...body } = createMediatorBodySchema.parse(
        await record(request),
      );
      const team = state.teams.find((x) => x.id === params.id);
      if (!team) return problem('NOT_FOUND', 'Không tìm thấy tổ hòa giải');
      const mediator = makeMediator({ ...body, teamId: team.id });
      replaceTeam(rebuild({ ...team, mediators: [...team.mediators, mediator] }));
      return HttpResponse.json(mediator, { status: 201 });
    }),
    http.patch(api('/mediation/mediators/:id'), async ({ request, params }) => {
      const { organisationId: _org, ...body } = updateMediatorBodySchema.parse(
        await record(request),
      );
      const team = state.teams.find((x) => x.mediators.some((m) => m.id === params.id));
      const mediator = team?.mediators.find((m) => m.id === params.id);
      if (!team || !mediator) return problem('NOT_FOUND', 'Không tìm thấy hòa giải viên');
      const updated = makeMediator({ ...mediator, ...body, version: mediator.version + 1 });
      replaceTeam(
        rebuild({
          ...team,
          mediators: team.mediators.map((m) => (m.id === updated.id ? updated : m)),
        }),
      );
      return HttpResponse.json(updated);
    }),
    http.get(api('/mediation/cases'), async ({ request }) => {
      await record(request);
      const teamId = new URL(request.url).searchParams.get('teamId');
      const items = state.cases.filter((c) => !teamId || c.team.id === teamId);
      return HttpResponse.json(pageSchema(mediationCaseSchema).parse({ items, nextCursor: null }));
    }),
    http.post(api('/mediation/cases'), async ({ request }) => {
      const body = createMediationCaseBodySchema.parse(await record(request));
      const team = state.teams.find((x) => x.id === body.teamId)!;
      const letter = state.letters.find((l) => l.id === body.caseId);
      const created = makeMediationCase({
        ...body,
        team: { id: team.id, name: team.name },
        case: letter ? { id: letter.id, number: letter.number } : null,
        mediators: team.mediators
          .filter((m) => body.mediatorIds.includes(m.id))
          .map((m) => ({ id: m.id, fullName: m.fullName })),
      });
      state.cases.unshift(created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.patch(api('/mediation/cases/:id'), async ({ request, params }) => {
      const {
        caseId: _c,
        mediatorIds: _m,
        teamId: _t,
        ...body
      } = updateMediationCaseBodySchema.parse(await record(request));
      const found = state.cases.find((c) => c.id === params.id);
      if (!found) return problem('NOT_FOUND', 'Không tìm thấy vụ việc');
      const updated = mediationCaseSchema.parse({ ...found, ...body, version: found.version + 1 });
      state.cases = state.cases.map((c) => (c.id === updated.id ? updated : c));
      return HttpResponse.json(updated);
    }),
    http.get(api('/cases'), async ({ request }) => {
      await record(request);
      const q = new URL(request.url).searchParams.get('q') ?? '';
      const items = state.letters.filter((l) => l.number.includes(q));
      return HttpResponse.json(pageSchema(caseSummarySchema).parse({ items, nextCursor: null }));
    }),
  ];
}
