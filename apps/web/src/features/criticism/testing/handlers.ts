import { pageSchema } from '@phoihop/shared/common';
import {
  createCommentBodySchema,
  draftCommentSchema,
  draftDetailSchema,
  draftSchema,
  respondCommentBodySchema,
  type DraftDetail,
} from '@phoihop/shared/criticism';
import { http, HttpResponse } from 'msw';
import { problem } from '../../../testing/problem';
import { makeComment } from './fixtures';
import { requestRecorder, type RecordedRequest } from '../../../testing/record-requests';

/** What the fake social criticism API holds, and every request it saw, for assertions. */
export interface CriticismApiState {
  drafts: DraftDetail[];
  requests: RecordedRequest[];
}

export const criticismState = (overrides: Partial<CriticismApiState> = {}): CriticismApiState => ({
  drafts: [],
  requests: [],
  ...overrides,
});

const api = (path: string) => `*/api${path}`;

export function criticismHandlers(state: CriticismApiState) {
  const record = requestRecorder(state.requests);
  return [
    http.get(api('/drafts'), async ({ request }) => {
      await record(request);
      const open = new URL(request.url).searchParams.get('open') === 'true';
      const items = state.drafts
        .filter((d) => !open || d.phase === 'OPEN')
        .map(({ comments: _c, consolidated: _o, can: _can, ...d }) => draftSchema.parse(d));
      return HttpResponse.json(pageSchema(draftSchema).parse({ items, nextCursor: null }));
    }),
    http.get(api('/drafts/:id'), async ({ request, params }) => {
      await record(request);
      const draft = state.drafts.find((d) => d.id === params.id);
      return draft
        ? HttpResponse.json(draftDetailSchema.parse(draft))
        : problem('NOT_FOUND', 'Không tìm thấy dự thảo');
    }),
    http.post(api('/drafts/:id/comments'), async ({ request, params }) => {
      const body = createCommentBodySchema.parse(await record(request));
      const draft = state.drafts.find((d) => d.id === params.id)!;
      if (draft.phase !== 'OPEN') {
        return problem('COMMENT_PERIOD_CLOSED', 'Đã hết hạn góp ý dự thảo này');
      }
      const comment = makeComment({
        draftId: draft.id,
        point: body.point ?? null,
        content: body.content,
        personName: body.personName ?? null,
      });
      draft.comments.push(comment);
      return HttpResponse.json(comment, { status: 201 });
    }),
    http.put(api('/draft-comments/:id/response'), async ({ request, params }) => {
      const body = respondCommentBodySchema.parse(await record(request));
      const draft = state.drafts.find((d) => d.comments.some((c) => c.id === params.id))!;
      const comment = draft.comments.find((c) => c.id === params.id)!;
      if (request.headers.get('if-match') !== `"${comment.version}"`) {
        return problem('VERSION_CONFLICT', 'Bản ghi đã được người khác thay đổi');
      }
      const updated = draftCommentSchema.parse({
        ...comment,
        response: body.response,
        responseText: body.text ?? null,
        respondedOn: body.respondedOn,
        respondedBy: { id: comment.createdBy.id, fullName: 'Lê Văn Hùng' },
        version: comment.version + 1,
      });
      draft.comments = draft.comments.map((c) => (c.id === updated.id ? updated : c));
      return HttpResponse.json(updated);
    }),
  ];
}
