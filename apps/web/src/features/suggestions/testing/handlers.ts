import { pageSchema } from '@phoihop/shared/common';
import {
  answerSuggestionBodySchema,
  boxOpeningSchema,
  createBoxOpeningBodySchema,
  forwardSuggestionBodySchema,
  suggestionBoxSchema,
  suggestionSchema,
  type BoxOpening,
  type Suggestion,
  type SuggestionAuthor,
  type SuggestionBox,
} from '@phoihop/shared/suggestions';
import { http, HttpResponse } from 'msw';
import { problem } from '../../../testing/problem';
import { makeOpening } from './fixtures';
import { requestRecorder, type RecordedRequest } from '../../../testing/record-requests';

/** What the fake suggestion-box API holds, and every request it saw, for assertions. */
export interface SuggestionsApiState {
  boxes: SuggestionBox[];
  openings: BoxOpening[];
  suggestions: Suggestion[];
  /** Organisations a suggestion may be forwarded to, by id. */
  organisations: { id: string; name: string; shortName: string | null }[];
  /** What GET /suggestions/:id/author reveals, by suggestion id; any other is refused. */
  authors: Record<string, SuggestionAuthor>;
  requests: RecordedRequest[];
}

export const suggestionsState = (
  overrides: Partial<SuggestionsApiState> = {},
): SuggestionsApiState => ({
  boxes: [],
  openings: [],
  suggestions: [],
  organisations: [],
  authors: {},
  requests: [],
  ...overrides,
});

const api = (path: string) => `*/api${path}`;

export function suggestionsHandlers(state: SuggestionsApiState) {
  const record = requestRecorder(state.requests);
  const step = (
    id: unknown,
    ifMatch: string | null,
    change: (s: Suggestion) => Partial<Suggestion>,
  ) => {
    const found = state.suggestions.find((s) => s.id === id);
    if (!found) return problem('NOT_FOUND', 'Không tìm thấy thư góp ý');
    if (ifMatch !== `"${found.version}"`) {
      return problem('VERSION_CONFLICT', 'Bản ghi đã được người khác thay đổi');
    }
    const updated = suggestionSchema.parse({
      ...found,
      ...change(found),
      version: found.version + 1,
    });
    state.suggestions = state.suggestions.map((s) => (s.id === updated.id ? updated : s));
    return HttpResponse.json(updated);
  };
  return [
    http.get(api('/suggestion-boxes'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        pageSchema(suggestionBoxSchema).parse({ items: state.boxes, nextCursor: null }),
      );
    }),
    http.post(api('/suggestion-boxes/:id/openings'), async ({ request, params }) => {
      const body = createBoxOpeningBodySchema.parse(await record(request));
      const box = state.boxes.find((b) => b.id === params.id)!;
      const opening = makeOpening({
        ...body,
        note: body.note ?? null,
        box: { id: box.id, name: box.name },
      });
      state.openings.unshift(opening);
      return HttpResponse.json(opening, { status: 201 });
    }),
    http.get(api('/box-openings'), async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        pageSchema(boxOpeningSchema).parse({ items: state.openings, nextCursor: null }),
      );
    }),
    http.get(api('/box-openings/:id'), async ({ request, params }) => {
      await record(request);
      const opening = state.openings.find((o) => o.id === params.id);
      return opening
        ? HttpResponse.json(opening)
        : problem('NOT_FOUND', 'Không tìm thấy lần mở hòm thư');
    }),
    http.get(api('/suggestions'), async ({ request }) => {
      await record(request);
      const openingId = new URL(request.url).searchParams.get('openingId');
      const items = state.suggestions.filter((s) => !openingId || s.opening.id === openingId);
      return HttpResponse.json(pageSchema(suggestionSchema).parse({ items, nextCursor: null }));
    }),
    http.get(api('/suggestions/:id/author'), async ({ request, params }) => {
      await record(request);
      const author = state.authors[String(params.id)];
      return author ? HttpResponse.json(author) : problem('FORBIDDEN', 'Không có quyền');
    }),
    http.get(api('/suggestions/:id'), async ({ request, params }) => {
      await record(request);
      const found = state.suggestions.find((s) => s.id === params.id);
      return found ? HttpResponse.json(found) : problem('NOT_FOUND', 'Không tìm thấy thư góp ý');
    }),
    http.post(api('/suggestions/:id/forward'), async ({ request, params }) => {
      const body = forwardSuggestionBodySchema.parse(await record(request));
      const organisation =
        state.organisations.find((o) => o.id === body.addresseeOrganisationId) ?? null;
      return step(params.id, request.headers.get('if-match'), () => ({
        status: 'FORWARDED',
        forwardedTo: { organisation, name: organisation?.name ?? body.addresseeName ?? '' },
        forwardedOn: body.forwardedOn,
      }));
    }),
    http.put(api('/suggestions/:id/answer'), async ({ request, params }) => {
      const body = answerSuggestionBodySchema.parse(await record(request));
      return step(params.id, request.headers.get('if-match'), () => ({
        status: 'ANSWERED',
        answer: { text: body.text, answeredOn: body.answeredOn },
      }));
    }),
  ];
}
