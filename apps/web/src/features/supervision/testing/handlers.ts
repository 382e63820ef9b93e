import { clockSettingsSchema } from '@phoihop/shared/cases';
import { pageSchema } from '@phoihop/shared/common';
import { organisationSchema, type Organisation } from '@phoihop/shared/organisations';
import {
  boardDetailSchema,
  boardSchema,
  changeSupervisionStatusBodySchema,
  createBoardBodySchema,
  createRecommendationBodySchema,
  createSupervisionBodySchema,
  openRecommendationStatuses,
  recommendationDetailSchema,
  recommendationSchema,
  recordReportBodySchema,
  respondRecommendationBodySchema,
  supervisionDetailSchema,
  supervisionSchema,
  updateBoardBodySchema,
  updateRecommendationBodySchema,
  updateSupervisionBodySchema,
  type BoardDetail,
  type RecommendationDetail,
  type SupervisionDetail,
} from '@phoihop/shared/supervision';
import { http, HttpResponse } from 'msw';
import { newId } from '../../../testing/data';
import { problem } from '../../../testing/problem';
import {
  clockSettings,
  makeBoard,
  makeMember,
  makeRecommendation,
  makeSupervision,
  organisations,
} from './fixtures';
import { requestRecorder, type RecordedRequest } from '../../../testing/record-requests';

/** What the fake supervision API holds, and every request it saw, for assertions. */
export interface SupervisionApiState {
  supervisions: SupervisionDetail[];
  recommendations: RecommendationDetail[];
  boards: BoardDetail[];
  organisations: Organisation[];
  requests: RecordedRequest[];
}

export const supervisionState = (
  overrides: Partial<SupervisionApiState> = {},
): SupervisionApiState => ({
  supervisions: [],
  recommendations: [],
  boards: [],
  organisations,
  requests: [],
  ...overrides,
});

const api = (path: string) => `*/api${path}`;
const strip = <T extends object, K extends keyof T>(value: T, ...keys: K[]) => {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
};

export function supervisionHandlers(state: SupervisionApiState) {
  const record = requestRecorder(state.requests);
  const orgRef = (id: string | null | undefined) => {
    const o = state.organisations.find((x) => x.id === id);
    return o ? { id: o.id, name: o.name, shortName: o.shortName } : null;
  };
  // The detail as the API derives it: its recommendations and their counts.
  const detailOf = (s: SupervisionDetail): SupervisionDetail => {
    const list = state.recommendations.filter((r) => r.supervision.id === s.id);
    return supervisionDetailSchema.parse({
      ...s,
      recommendationList: list.map((r) => strip(r, 'events')),
      recommendations: {
        total: list.length,
        unanswered: list.filter((r) => r.status === 'UNANSWERED').length,
        overdue: list.filter((r) => r.overdue).length,
      },
    });
  };
  const find = (id: unknown) => state.supervisions.find((s) => s.id === id);
  const save = (s: SupervisionDetail) => {
    state.supervisions = state.supervisions.map((x) => (x.id === s.id ? s : x));
    return HttpResponse.json(detailOf(s));
  };
  const stale = (request: Request, version: number) =>
    request.headers.get('if-match') !== `"${version}"`;
  const membersOf = (
    members: {
      fullName: string;
      role: string;
      position?: string | null;
      organisationId?: string | null;
    }[],
  ) =>
    members.map((m) =>
      makeMember({
        fullName: m.fullName,
        role: m.role as never,
        position: m.position ?? null,
        organisation: orgRef(m.organisationId),
      }),
    );
  return [
    http.get(api('/organisations'), () =>
      HttpResponse.json(
        pageSchema(organisationSchema).parse({ items: state.organisations, nextCursor: null }),
      ),
    ),
    http.get(api('/cases/clock-settings'), () =>
      HttpResponse.json(clockSettingsSchema.parse(clockSettings)),
    ),
    http.post(api('/attachments'), async ({ request }) => {
      await record(request);
      const file = (await request.formData()).get('file') as File;
      return HttpResponse.json(
        {
          id: newId(),
          fileName: file.name,
          mimeType: file.type || 'application/pdf',
          size: file.size,
          createdAt: '2026-03-10T08:00:00.000Z',
        },
        { status: 201 },
      );
    }),
    http.get(api('/supervisions'), async ({ request }) => {
      await record(request);
      const boardId = new URL(request.url).searchParams.get('boardId');
      const items = state.supervisions
        .filter((s) => !boardId || s.board?.id === boardId)
        .map((s) => supervisionSchema.parse(detailOf(s)));
      return HttpResponse.json(pageSchema(supervisionSchema).parse({ items, nextCursor: null }));
    }),
    http.post(api('/supervisions'), async ({ request }) => {
      const body = createSupervisionBodySchema.parse(await record(request));
      const created = makeSupervision({
        title: body.title,
        kind: body.kind,
        decisionNumber: body.decisionNumber ?? null,
        decisionDate: body.decisionDate ?? null,
        decisionSigner: body.decisionSigner ?? null,
        decisionFile: body.decisionFileId
          ? {
              id: body.decisionFileId,
              fileName: 'quyet-dinh.pdf',
              mimeType: 'application/pdf',
              size: 10,
            }
          : null,
        lead: orgRef(body.leadOrganisationId)!,
        coOrganisers: body.coOrganiserIds.map((id) => orgRef(id)!),
        supervisedBodies: body.supervisedBodies,
        periodFrom: body.periodFrom,
        periodTo: body.periodTo,
        content: body.content ?? null,
        members: membersOf(body.members),
        can: { manage: true },
      });
      state.supervisions.unshift(created);
      return HttpResponse.json(detailOf(created), { status: 201 });
    }),
    http.get(api('/supervisions/:id'), async ({ request, params }) => {
      await record(request);
      const s = find(params.id);
      return s
        ? HttpResponse.json(detailOf(s))
        : problem('NOT_FOUND', 'Không tìm thấy cuộc giám sát');
    }),
    http.patch(api('/supervisions/:id'), async ({ request, params }) => {
      const body = updateSupervisionBodySchema.parse(await record(request));
      const s = find(params.id);
      if (!s) return problem('NOT_FOUND', 'Không tìm thấy cuộc giám sát');
      if (stale(request, s.version)) return problem('VERSION_CONFLICT', 'Dữ liệu đã bị thay đổi');
      const { members, ...rest } = body;
      return save(
        makeSupervision({
          ...s,
          title: rest.title ?? s.title,
          ...(members ? { members: membersOf(members) } : {}),
          version: s.version + 1,
        }),
      );
    }),
    http.post(api('/supervisions/:id/status'), async ({ request, params }) => {
      const { status } = changeSupervisionStatusBodySchema.parse(await record(request));
      const s = find(params.id);
      if (!s) return problem('NOT_FOUND', 'Không tìm thấy cuộc giám sát');
      if (stale(request, s.version)) return problem('VERSION_CONFLICT', 'Dữ liệu đã bị thay đổi');
      return save({ ...s, status, version: s.version + 1 });
    }),
    http.put(api('/supervisions/:id/report'), async ({ request, params }) => {
      const body = recordReportBodySchema.parse(await record(request));
      const s = find(params.id);
      if (!s) return problem('NOT_FOUND', 'Không tìm thấy cuộc giám sát');
      if (stale(request, s.version)) return problem('VERSION_CONFLICT', 'Dữ liệu đã bị thay đổi');
      return save({
        ...s,
        status: s.status === 'PLANNED' || s.status === 'IN_PROGRESS' ? 'REPORTED' : s.status,
        report: {
          text: body.text,
          findings: body.findings ?? null,
          reportedOn: body.reportedOn,
          file: null,
        },
        version: s.version + 1,
      });
    }),
    http.post(api('/supervisions/:id/recommendations'), async ({ request, params }) => {
      const body = createRecommendationBodySchema.parse(await record(request));
      const s = find(params.id);
      if (!s) return problem('NOT_FOUND', 'Không tìm thấy cuộc giám sát');
      const org = orgRef(body.addresseeOrganisationId);
      const created = makeRecommendation({
        supervision: { id: s.id, title: s.title, decisionNumber: s.decisionNumber },
        ordinal: state.recommendations.filter((r) => r.supervision.id === s.id).length + 1,
        content: body.content,
        addressee: { organisation: org, name: org?.name ?? body.addresseeName ?? '' },
        sentOn: body.sentOn,
        // The API's default: 30 calendar days in these tests' settings.
        dueOn: body.dueOn ?? '2026-04-09',
        can: { manage: true, answer: false },
      });
      state.recommendations.push(created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.get(api('/recommendations'), async ({ request }) => {
      await record(request);
      const q = new URL(request.url).searchParams;
      const openOnes = new Set<string>(openRecommendationStatuses);
      const items = state.recommendations
        .filter((r) => q.get('overdue') !== 'true' || r.overdue)
        .filter((r) => !q.get('status') || r.status === q.get('status'))
        .filter((r) => q.get('open') !== 'true' || openOnes.has(r.status))
        .filter((r) => !q.get('year') || r.sentOn.startsWith(`${q.get('year')}-`))
        .filter((r) => q.get('answered') !== 'true' || r.status !== 'UNANSWERED')
        .map((r) => strip(r, 'events'));
      const limit = Number(q.get('limit') ?? 25);
      return HttpResponse.json(
        pageSchema(recommendationSchema).parse({
          items: items.slice(0, limit),
          nextCursor: null,
          total: items.length,
        }),
      );
    }),
    http.get(api('/recommendations/:id'), async ({ request, params }) => {
      await record(request);
      const r = state.recommendations.find((x) => x.id === params.id);
      return r ? HttpResponse.json(r) : problem('NOT_FOUND', 'Không tìm thấy kiến nghị');
    }),
    http.patch(api('/recommendations/:id'), async ({ request, params }) => {
      const body = updateRecommendationBodySchema.parse(await record(request));
      const r = state.recommendations.find((x) => x.id === params.id);
      if (!r) return problem('NOT_FOUND', 'Không tìm thấy kiến nghị');
      if (stale(request, r.version)) return problem('VERSION_CONFLICT', 'Dữ liệu đã bị thay đổi');
      const updated = recommendationDetailSchema.parse({
        ...r,
        content: body.content ?? r.content,
        version: r.version + 1,
      });
      state.recommendations = state.recommendations.map((x) => (x.id === r.id ? updated : x));
      return HttpResponse.json(updated);
    }),
    http.post(api('/recommendations/:id/responses'), async ({ request, params }) => {
      const body = respondRecommendationBodySchema.parse(await record(request));
      const r = state.recommendations.find((x) => x.id === params.id);
      if (!r) return problem('NOT_FOUND', 'Không tìm thấy kiến nghị');
      if (stale(request, r.version))
        return problem(
          'VERSION_CONFLICT',
          'Kiến nghị vừa được người khác cập nhật. Tải lại để xem thay đổi.',
        );
      const answer = r.answer ?? {
        text: body.text,
        answeredOn: body.on,
        documentNumber: body.documentNumber ?? null,
        file: null,
      };
      const updated = recommendationDetailSchema.parse({
        ...r,
        status: body.status,
        overdue: false,
        answeredLate: answer.answeredOn > r.dueOn,
        answer,
        version: r.version + 1,
        events: [
          ...r.events,
          {
            id: newId(),
            status: body.status,
            text: body.text,
            on: body.on,
            documentNumber: body.documentNumber ?? null,
            file: null,
            by: { id: newId(), fullName: 'Nguyễn Văn An' },
            createdAt: '2026-03-10T08:00:00.000Z',
          },
        ],
      });
      state.recommendations = state.recommendations.map((x) => (x.id === r.id ? updated : x));
      return HttpResponse.json(updated);
    }),
    http.get(api('/supervision-boards'), async ({ request }) => {
      await record(request);
      const items = state.boards.map((b) => boardSchema.parse(b));
      return HttpResponse.json(pageSchema(boardSchema).parse({ items, nextCursor: null }));
    }),
    http.post(api('/supervision-boards'), async ({ request }) => {
      const body = createBoardBodySchema.parse(await record(request));
      const created = makeBoard({
        kind: body.kind,
        name: body.name,
        termStart: body.termStart,
        termEnd: body.termEnd ?? null,
        members: membersOf(body.members),
        can: { manage: true },
      });
      state.boards.push(created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.get(api('/supervision-boards/:id'), async ({ request, params }) => {
      await record(request);
      const b = state.boards.find((x) => x.id === params.id);
      return b ? HttpResponse.json(b) : problem('NOT_FOUND', 'Không tìm thấy ban giám sát');
    }),
    http.patch(api('/supervision-boards/:id'), async ({ request, params }) => {
      const body = updateBoardBodySchema.parse(await record(request));
      const b = state.boards.find((x) => x.id === params.id);
      if (!b) return problem('NOT_FOUND', 'Không tìm thấy ban giám sát');
      if (stale(request, b.version)) return problem('VERSION_CONFLICT', 'Dữ liệu đã bị thay đổi');
      const updated = makeBoard({
        ...b,
        ...(body.name ? { name: body.name } : {}),
        ...(body.members ? { members: membersOf(body.members) } : {}),
        version: b.version + 1,
      });
      state.boards = state.boards.map((x) =>
        x.id === b.id ? boardDetailSchema.parse(updated) : x,
      );
      return HttpResponse.json(updated);
    }),
  ];
}
