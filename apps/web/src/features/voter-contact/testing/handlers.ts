import { pageSchema } from '@phoihop/shared/common';
import { answerBodySchema } from '@phoihop/shared/follow-ups';
import {
  createPetitionBodySchema,
  createVoterMeetingBodySchema,
  openPetitionStatuses,
  sendPetitionBodySchema,
  voterMeetingDetailSchema,
  voterMeetingSchema,
  voterPetitionSchema,
  type VoterMeetingDetail,
  type VoterPetition,
} from '@phoihop/shared/voter-contact';
import { http, HttpResponse } from 'msw';
import { problem } from '../../../testing/problem';
import { committee, makeMeeting, makePetition } from './fixtures';
import { requestRecorder, type RecordedRequest } from '../../../testing/record-requests';

/** What the fake voter-contact API holds, and every request it saw, for assertions. */
export interface VoterContactApiState {
  meetings: VoterMeetingDetail[];
  petitions: VoterPetition[];
  /** The answer a petition sent on gets by default (the server's settings). */
  dueOn: string;
  requests: RecordedRequest[];
}

export const voterContactState = (
  overrides: Partial<VoterContactApiState> = {},
): VoterContactApiState => ({
  meetings: [],
  petitions: [],
  dueOn: '2026-04-04',
  requests: [],
  ...overrides,
});

const api = (path: string) => `*/api${path}`;

export function voterContactHandlers(state: VoterContactApiState) {
  const record = requestRecorder(state.requests);
  const detailOf = (meeting: VoterMeetingDetail) => {
    const list = state.petitions.filter((p) => p.meeting.id === meeting.id);
    return voterMeetingDetailSchema.parse({
      ...meeting,
      petitionList: list,
      reportedBack: state.petitions.filter((p) => p.reportedBackAt?.id === meeting.id),
      petitions: {
        total: list.length,
        awaiting: list.filter((p) => p.status === 'SENT').length,
        overdue: list.filter((p) => p.overdue).length,
      },
    });
  };
  const replace = (updated: VoterPetition) => {
    state.petitions = state.petitions.map((p) => (p.id === updated.id ? updated : p));
    return HttpResponse.json(updated);
  };
  const petitionFor = (id: unknown, ifMatch: string | null) => {
    const petition = state.petitions.find((p) => p.id === id);
    if (!petition) return problem('NOT_FOUND', 'Không tìm thấy kiến nghị');
    if (ifMatch !== `"${petition.version}"`) {
      return problem('VERSION_CONFLICT', 'Bản ghi đã được người khác thay đổi');
    }
    return petition;
  };
  return [
    http.get(api('/voter-meetings'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        pageSchema(voterMeetingSchema).parse({
          items: state.meetings.map(detailOf),
          nextCursor: null,
        }),
      );
    }),
    http.post(api('/voter-meetings'), async ({ request }) => {
      const body = createVoterMeetingBodySchema.parse(await record(request));
      const meeting = makeMeeting({
        ...body,
        councilSession: body.councilSession ?? null,
        theme: body.theme ?? null,
        voterCount: body.voterCount ?? null,
        note: body.note ?? null,
      });
      state.meetings.unshift(meeting);
      return HttpResponse.json(detailOf(meeting), { status: 201 });
    }),
    http.get(api('/voter-meetings/:id'), async ({ request, params }) => {
      await record(request);
      const meeting = state.meetings.find((m) => m.id === params.id);
      return meeting
        ? HttpResponse.json(detailOf(meeting))
        : problem('NOT_FOUND', 'Không tìm thấy buổi tiếp xúc');
    }),
    http.post(api('/voter-meetings/:id/petitions'), async ({ request, params }) => {
      const body = createPetitionBodySchema.parse(await record(request));
      const meeting = state.meetings.find((m) => m.id === params.id)!;
      const petition = makePetition({
        ...body,
        voterName: body.voterName ?? null,
        meeting: {
          id: meeting.id,
          heldOn: meeting.heldOn,
          kind: meeting.kind,
          location: meeting.location,
        },
        ordinal: state.petitions.filter((p) => p.meeting.id === meeting.id).length + 1,
      });
      state.petitions.push(petition);
      return HttpResponse.json(petition, { status: 201 });
    }),
    http.get(api('/voter-petitions'), async ({ request }) => {
      await record(request);
      const q = new URL(request.url).searchParams;
      const status = q.get('status');
      const open = new Set<string>(openPetitionStatuses);
      const items = state.petitions
        .filter((p) => !status || p.status === status)
        .filter((p) => q.get('open') !== 'true' || open.has(p.status));
      return HttpResponse.json(pageSchema(voterPetitionSchema).parse({ items, nextCursor: null }));
    }),
    http.post(api('/voter-petitions/:id/send'), async ({ request, params }) => {
      const body = sendPetitionBodySchema.parse(await record(request));
      const found = petitionFor(params.id, request.headers.get('if-match'));
      if (found instanceof Response) return found;
      const organisation = body.addresseeOrganisationId === committee.id ? committee : null;
      return replace(
        voterPetitionSchema.parse({
          ...found,
          field: body.field ?? found.field,
          addressee: { organisation, name: organisation?.name ?? body.addresseeName },
          sentOn: body.sentOn,
          dueOn: body.dueOn ?? state.dueOn,
          status: 'SENT',
          version: found.version + 1,
        }),
      );
    }),
    http.put(api('/voter-petitions/:id/answer'), async ({ request, params }) => {
      const body = answerBodySchema.parse(await record(request));
      const found = petitionFor(params.id, request.headers.get('if-match'));
      if (found instanceof Response) return found;
      return replace(
        voterPetitionSchema.parse({
          ...found,
          status: 'ANSWERED',
          overdue: false,
          answeredLate: found.dueOn !== null && body.answeredOn > found.dueOn,
          answer: {
            text: body.text,
            answeredOn: body.answeredOn,
            documentNumber: body.documentNumber ?? null,
            file: null,
          },
          version: found.version + 1,
        }),
      );
    }),
  ];
}
