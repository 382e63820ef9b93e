import { caseSummarySchema, type CaseSummary } from '@phoihop/shared/cases';
import { pageSchema } from '@phoihop/shared/common';
import {
  createReceptionSessionBodySchema,
  createReceptionVisitBodySchema,
  receptionComplianceSchema,
  receptionSessionSchema,
  receptionVisitSchema,
  updateReceptionSessionBodySchema,
  updateReceptionVisitBodySchema,
  type ReceptionCompliance,
  type ReceptionSession,
  type ReceptionVisit,
} from '@phoihop/shared/reception';
import { http, HttpResponse } from 'msw';
import { newId } from '../../../testing/data';
import { problem } from '../../../testing/problem';
import { makeCompliance, makeSession, makeVisit } from './fixtures';
import { requestRecorder, type RecordedRequest } from '../../../testing/record-requests';

/** What the fake reception API holds, and every request it saw, for assertions. */
export interface ReceptionApiState {
  sessions: ReceptionSession[];
  visits: ReceptionVisit[];
  compliance: ReceptionCompliance;
  cases: CaseSummary[];
  requests: RecordedRequest[];
}

export const receptionState = (overrides: Partial<ReceptionApiState> = {}): ReceptionApiState => ({
  sessions: [],
  visits: [],
  compliance: makeCompliance(),
  cases: [],
  requests: [],
  ...overrides,
});

const api = (path: string) => `*/api${path}`;

export function receptionHandlers(state: ReceptionApiState) {
  const record = requestRecorder(state.requests);
  const sessionOr404 = (id: unknown) => state.sessions.find((s) => s.id === id);
  return [
    http.get(api('/reception/sessions'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        pageSchema(receptionSessionSchema).parse({ items: state.sessions, nextCursor: null }),
      );
    }),
    http.post(api('/reception/sessions'), async ({ request }) => {
      const body = createReceptionSessionBodySchema.parse(await record(request));
      const { organisationIds: _ids, ...fields } = body;
      const session = makeSession({ ...fields, organisations: [] });
      state.sessions.unshift(session);
      return HttpResponse.json(session, { status: 201 });
    }),
    http.get(api('/reception/sessions/:id'), async ({ request, params }) => {
      await record(request);
      const session = sessionOr404(params.id);
      return session
        ? HttpResponse.json(session)
        : problem('NOT_FOUND', 'Không tìm thấy buổi tiếp');
    }),
    http.patch(api('/reception/sessions/:id'), async ({ request, params }) => {
      const body = updateReceptionSessionBodySchema.parse(await record(request));
      const session = sessionOr404(params.id);
      if (!session) return problem('NOT_FOUND', 'Không tìm thấy buổi tiếp');
      const { organisationIds: _ids, ...fields } = body;
      const updated = receptionSessionSchema.parse({
        ...session,
        ...fields,
        version: session.version + 1,
      });
      state.sessions = state.sessions.map((s) => (s.id === updated.id ? updated : s));
      return HttpResponse.json(updated);
    }),
    http.get(api('/reception/sessions/:id/visits'), async ({ request, params }) => {
      await record(request);
      return HttpResponse.json(
        pageSchema(receptionVisitSchema).parse({
          items: state.visits.filter((v) => v.sessionId === params.id),
          nextCursor: null,
        }),
      );
    }),
    http.post(api('/reception/sessions/:id/visits'), async ({ request, params }) => {
      const body = createReceptionVisitBodySchema.parse(await record(request));
      const masked = body.kind === 'DENUNCIATION';
      const visit = makeVisit({
        ...body,
        id: newId(),
        sessionId: String(params.id),
        masked,
        ...(masked ? { citizenName: null, address: null, idNumber: null, phone: null } : {}),
      });
      state.visits.push(visit);
      return HttpResponse.json(visit, { status: 201 });
    }),
    http.patch(api('/reception/visits/:id'), async ({ request, params }) => {
      const { caseId, ...body } = updateReceptionVisitBodySchema.parse(await record(request));
      const visit = state.visits.find((v) => v.id === params.id);
      if (!visit) return problem('NOT_FOUND', 'Không tìm thấy lượt tiếp');
      const linked = caseId ? state.cases.find((c) => c.id === caseId) : undefined;
      const updated = receptionVisitSchema.parse({
        ...visit,
        ...body,
        ...(linked
          ? { case: { id: linked.id, number: linked.number }, handling: 'CASE_JOINED' }
          : {}),
        version: visit.version + 1,
      });
      state.visits = state.visits.map((v) => (v.id === updated.id ? updated : v));
      return HttpResponse.json(updated);
    }),
    http.get(api('/reception/compliance'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(receptionComplianceSchema.parse(state.compliance));
    }),
    http.get(api('/cases'), async ({ request }) => {
      await record(request);
      const q = new URL(request.url).searchParams.get('q') ?? '';
      const items = state.cases.filter((c) => c.number.includes(q) || c.summary.includes(q));
      return HttpResponse.json(pageSchema(caseSummarySchema).parse({ items, nextCursor: null }));
    }),
  ];
}
