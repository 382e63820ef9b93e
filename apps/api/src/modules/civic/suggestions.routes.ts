import { idParamsSchema, pageQuerySchema, pageSchema, searchQuerySchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  answerSuggestionBodySchema,
  boxOpeningSchema,
  createBoxOpeningBodySchema,
  createSuggestionBodySchema,
  createSuggestionBoxBodySchema,
  fileSuggestionBodySchema,
  forwardSuggestionBodySchema,
  listBoxOpeningsQuerySchema,
  listSuggestionsQuerySchema,
  suggestionAuthorSchema,
  suggestionBoxSchema,
  suggestionSchema,
  updateBoxOpeningBodySchema,
  updateSuggestionBodySchema,
  updateSuggestionBoxBodySchema,
} from '@phoihop/shared/suggestions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { SuggestionBoxService } from './suggestion-boxes.service.ts';
import type { SuggestionService } from './suggestions.service.ts';

const tags = ['suggestions'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };
const listBoxesQuerySchema = pageQuerySchema.extend({ q: searchQuerySchema });

export const suggestionRoutes: FastifyPluginAsyncZod<{ suggestions: SuggestionBoxService & SuggestionService }> = async (
  app,
  { suggestions },
) => {
  app.get(
    '/suggestion-boxes',
    { schema: { tags, summary: 'Hòm thư góp ý (theo tên)', querystring: listBoxesQuerySchema, response: { 200: pageSchema(suggestionBoxSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => suggestions.listBoxes(request.query, contextOf(request)),
  );

  app.post(
    '/suggestion-boxes',
    { schema: { tags, summary: 'Đặt hòm thư góp ý', body: createSuggestionBoxBodySchema, response: { 201: suggestionBoxSchema, ...errors } } },
    async (request, reply) => {
      const created = await suggestions.createBox(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/suggestion-boxes/:id',
    { schema: { tags, summary: 'Hòm thư góp ý', params: idParamsSchema, response: { 200: suggestionBoxSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const box = await suggestions.getBox(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(box.version)).send(box);
    },
  );

  app.patch(
    '/suggestion-boxes/:id',
    { schema: { tags, summary: 'Sửa hòm thư góp ý (gửi If-Match)', params: idParamsSchema, body: updateSuggestionBoxBodySchema, response: { 200: suggestionBoxSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await suggestions.updateBox(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/suggestion-boxes/:id/openings',
    { schema: { tags, summary: 'Ghi nhận lần mở hòm thư', params: idParamsSchema, body: createBoxOpeningBodySchema, response: { 201: boxOpeningSchema, ...errors } } },
    async (request, reply) => {
      const created = await suggestions.createOpening(request.params.id, request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/box-openings',
    { schema: { tags, summary: 'Các lần mở hòm thư (mới nhất trước)', querystring: listBoxOpeningsQuerySchema, response: { 200: pageSchema(boxOpeningSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => suggestions.listOpenings(request.query, contextOf(request)),
  );

  app.get(
    '/box-openings/:id',
    { schema: { tags, summary: 'Lần mở hòm thư', params: idParamsSchema, response: { 200: boxOpeningSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const opening = await suggestions.getOpening(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(opening.version)).send(opening);
    },
  );

  app.patch(
    '/box-openings/:id',
    { schema: { tags, summary: 'Sửa lần mở hòm thư (gửi If-Match)', params: idParamsSchema, body: updateBoxOpeningBodySchema, response: { 200: boxOpeningSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await suggestions.updateOpening(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/suggestions',
    { schema: { tags, summary: 'Ý kiến góp ý (mới nhất trước)', querystring: listSuggestionsQuerySchema, response: { 200: pageSchema(suggestionSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => suggestions.listSuggestions(request.query, contextOf(request)),
  );

  app.post(
    '/suggestions',
    { schema: { tags, summary: 'Ghi nhận ý kiến góp ý của một lần mở hòm thư', body: createSuggestionBodySchema, response: { 201: suggestionSchema, ...errors } } },
    async (request, reply) => {
      const created = await suggestions.createSuggestion(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/suggestions/:id',
    { schema: { tags, summary: 'Ý kiến góp ý', params: idParamsSchema, response: { 200: suggestionSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const suggestion = await suggestions.getSuggestion(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(suggestion.version)).send(suggestion);
    },
  );

  app.get(
    '/suggestions/:id/author',
    {
      schema: {
        tags,
        summary: 'Người viết góp ý đã thành đơn tố cáo (chỉ người xử lý và Chủ tịch UBND; mỗi lần xem được ghi nhật ký)',
        params: idParamsSchema,
        response: { 200: suggestionAuthorSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const author = await suggestions.revealAuthor(request.params.id, contextOf(request));
      return reply.header('cache-control', 'no-store').send(author);
    },
  );

  app.patch(
    '/suggestions/:id',
    { schema: { tags, summary: 'Sửa ý kiến góp ý (gửi If-Match)', params: idParamsSchema, body: updateSuggestionBodySchema, response: { 200: suggestionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await suggestions.updateSuggestion(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/suggestions/:id/forward',
    { schema: { tags, summary: 'Chuyển góp ý đến cơ quan, tổ chức (gửi If-Match)', params: idParamsSchema, body: forwardSuggestionBodySchema, response: { 200: suggestionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await suggestions.forward(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.put(
    '/suggestions/:id/answer',
    { schema: { tags, summary: 'Trả lời góp ý (đơn vị nhận, gửi If-Match)', params: idParamsSchema, body: answerSuggestionBodySchema, response: { 200: suggestionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await suggestions.answer(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/suggestions/:id/file',
    { schema: { tags, summary: 'Lưu góp ý, không chuyển (gửi If-Match)', params: idParamsSchema, body: fileSuggestionBodySchema, response: { 200: suggestionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await suggestions.file(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
